package aura.domain.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One rule's alert on one node, in Prometheus' states: {@code INACTIVE} → {@code PENDING} when the condition
 * starts to hold → {@code FIRING} once it has held for the rule's pending time → {@code RESOLVED} when it has not
 * held for the rule's keep-firing time (a pending alert whose condition stops holding goes back to
 * {@code INACTIVE} without ever firing). {@link #next} is the whole state machine.
 */
public record Alert(AlertRule rule, String node, State state, Instant activeSince, Instant lastHeld, double value) {
    public enum State { INACTIVE, PENDING, FIRING, RESOLVED }

    public static Alert inactive(AlertRule rule, String node) {
        return new Alert(rule, node, State.INACTIVE, null, null, Double.NaN);
    }

    /** The alert after one evaluation of its rule on {@code value} at {@code now}. */
    public Alert next(double value, Instant now) {
        boolean holds = rule.holds(value);
        if (holds) {
            Instant since = state == State.PENDING || state == State.FIRING ? activeSince : now;
            boolean fires = state == State.FIRING || !Duration.between(since, now).minus(rule.pending()).isNegative();
            return new Alert(rule, node, fires ? State.FIRING : State.PENDING, since, now, value);
        }
        if (state == State.FIRING && Duration.between(lastHeld, now).compareTo(rule.keepFiringFor()) < 0) {
            return new Alert(rule, node, State.FIRING, activeSince, lastHeld, value);
        }
        if (state == State.FIRING) return new Alert(rule, node, State.RESOLVED, activeSince, lastHeld, value);
        return new Alert(rule, node, State.INACTIVE, null, lastHeld, value);
    }

    /** The state change from {@code before} to this, if the state changed in a way a person hears about. */
    public Optional<State> transitionFrom(Alert before) {
        if (state == before.state) return Optional.empty();
        if (state == State.INACTIVE && before.state == State.RESOLVED) return Optional.empty();
        return Optional.of(state);
    }
}
