package aura.application.policy.port;

import java.time.Duration;

/** Asks a guard model whether a request may be sent on; the generation is routed like any other. */
public interface GuardModel {
    enum Verdict { SAFE, UNSAFE, NO_ANSWER }

    /** {@code NO_ANSWER} when the model did not answer within {@code timeout}, failed, or answered neither word. */
    Verdict judge(String model, String text, Duration timeout);
}
