package aura.domain.policy;

import aura.domain.problem.NotAllowed;

/** The gatekeeper refused to send a request (HTTP 403): a rule matched, or the guard model judged it unsafe. */
public class RequestBlocked extends NotAllowed {
    private final String rule;

    public RequestBlocked(String rule, String reason) {
        super("the gatekeeper blocked this request (" + rule + "): " + reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
