package aura.application.policy.port;

import java.time.Duration;
import java.util.Optional;

/** Asks a guard model whether a request may be sent on; the generation is routed like any other. */
public interface GuardModel {
    enum Verdict { SAFE, UNSAFE, NO_ANSWER }

    /**
     * {@code NO_ANSWER} when the model did not answer within {@code timeout}, failed, or answered neither word.
     * {@code keptInMesh}: the rule that keeps the text from backends outside the mesh, which the guard's own
     * generation obeys too.
     */
    Verdict judge(String model, String text, Duration timeout, Optional<String> keptInMesh);
}
