package aura.adapters.in.web;

import aura.application.policy.ListGateRules;
import aura.application.policy.ReadGateAudit;
import aura.application.policy.RemoveGateRule;
import aura.application.policy.SaveGateRule;
import aura.domain.policy.BlockedRequest;
import aura.domain.policy.GateRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The gatekeeper's rules and audit, for admins: {@code GET /api/policy/gatekeeper/rules}, {@code PUT} and
 * {@code DELETE /api/policy/gatekeeper/rules/{name}}, {@code GET /api/policy/gatekeeper/audit?limit=}.
 */
@Controller("/api/policy/gatekeeper")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record GatekeeperController(ListGateRules listRules, SaveGateRule saveRule, RemoveGateRule removeRule,
                            ReadGateAudit readAudit) {
    @Serdeable
    record RuleRequest(@Nullable String pattern, @Nullable String scope, @Nullable String reason, @Nullable Boolean enabled) {
    }

    @Serdeable
    record RuleView(String name, String pattern, String scope, String reason, boolean enabled) {
        static RuleView of(GateRule r) {
            return new RuleView(r.name(), r.pattern(), r.scope().wireName(), r.reason(), r.enabled());
        }
    }

    @Serdeable
    record BlockedView(String id, String at, String userId, String model, String rule, String reason, boolean external) {
        static BlockedView of(BlockedRequest b) {
            return new BlockedView(b.id(), b.at().toString(), b.userId(), b.model(), b.rule(), b.reason(), b.external());
        }
    }

    @Get("/rules")
    List<RuleView> rules(Authentication auth) {
        return listRules.list(RequestContext.caller(auth)).stream().map(RuleView::of).toList();
    }

    @Put("/rules/{name}")
    RuleView save(Authentication auth, String name, @Body RuleRequest body) {
        return RuleView.of(saveRule.save(RequestContext.caller(auth), name, body.pattern(), body.scope(), body.reason(),
                body.enabled() == null || body.enabled()));
    }

    @Delete("/rules/{name}")
    HttpResponse<Void> remove(Authentication auth, String name) {
        removeRule.remove(RequestContext.caller(auth), name);
        return HttpResponse.noContent();
    }

    @Get("/audit")
    List<BlockedView> audit(Authentication auth, @Nullable @QueryValue Integer limit) {
        return readAudit.read(RequestContext.caller(auth), limit == null ? 100 : limit).stream().map(BlockedView::of).toList();
    }
}
