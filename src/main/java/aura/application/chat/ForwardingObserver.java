package aura.application.chat;

import aura.application.policy.AdmitGeneration;
import aura.domain.routing.RoutingDecision;

/** An observer that passes everything on, for one that adds to a single call. */
class ForwardingObserver implements RoutedGeneration.Observer {
    private final RoutedGeneration.Observer next;

    ForwardingObserver(RoutedGeneration.Observer next) {
        this.next = next;
    }

    @Override
    public void admitted(AdmitGeneration.Admission admission) {
        next.admitted(admission);
    }

    @Override
    public void routed(String decisionId, RoutingDecision decision) {
        next.routed(decisionId, decision);
    }

    @Override
    public void token(String text) {
        next.token(text);
    }

    @Override
    public void failover(String fromNode, String toNode, String reason) {
        next.failover(fromNode, toNode, reason);
    }

    @Override
    public void done(RoutedGeneration.Result result) {
        next.done(result);
    }

    @Override
    public void failed(RoutedGeneration.Failure failure) {
        next.failed(failure);
    }
}
