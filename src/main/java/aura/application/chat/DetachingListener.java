package aura.application.chat;

import aura.domain.routing.RoutingDecision;

/** Keeps a failing listener (a browser that went away) from stopping the generation: it is detached instead. */
final class DetachingListener implements AnswerListener {
    private final AnswerListener delegate;
    private volatile boolean attached = true;

    DetachingListener(AnswerListener delegate) {
        this.delegate = delegate;
    }

    private void call(Runnable r) {
        if (!attached) return;
        try {
            r.run();
        } catch (RuntimeException e) {
            attached = false;
        }
    }

    public void context(java.util.List<ChatMemory.RecalledNote> n) { call(() -> delegate.context(n)); }
    public void route(String a, String d, RoutingDecision r) { call(() -> delegate.route(a, d, r)); }
    public void token(String t) { call(() -> delegate.token(t)); }
    public void failover(String f, String t, String r) { call(() -> delegate.failover(f, t, r)); }
    public void done(Done d) { call(() -> delegate.done(d)); }
    public void failed(Failed f) { call(() -> delegate.failed(f)); }
}
