package aura.adapters.in.web;

import aura.application.policy.ReadUsage;
import aura.application.policy.SetBudget;
import aura.domain.policy.Budget;
import aura.domain.policy.UsagePeriod;
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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Usage and budgets: {@code GET /api/usage?period=day|month} (the caller's, every user's for an admin, with the
 * caller's budget standing); an admin sets a person's monthly budget with {@code PUT /api/usage/budgets/{username}}
 * and puts them back on the default with {@code DELETE}; {@code GET /api/usage/daily?days=30} is the chart's series.
 */
@Controller("/api/usage")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record UsageController(ReadUsage readUsage, SetBudget setBudget, aura.application.policy.ReadDailyUsage readDaily) {
    @Serdeable
    record BudgetRequest(@Nullable Long tokens, @Nullable Double dollars, @Nullable Boolean hardCap) {
    }

    @Get
    PolicyViews.UsageView usage(Authentication auth, @Nullable @QueryValue String period) {
        return PolicyViews.UsageView.of(readUsage.read(RequestContext.caller(auth), UsagePeriod.parse(period)));
    }

    /** Per day and model over the last {@code days} days (30 unless asked), for the usage page's chart. */
    @Get("/daily")
    List<DayView> daily(Authentication auth, @Nullable @QueryValue Integer days) {
        return readDaily.read(RequestContext.caller(auth), days == null ? 30 : days).stream()
                .map(d -> new DayView(d.day(), d.model(), d.promptTokens(), d.outputTokens(), d.generations(), d.dollars()))
                .toList();
    }

    @Serdeable
    record DayView(String day, String model, long promptTokens, long outputTokens, long generations, double dollars) {
    }

    @Put("/budgets/{username}")
    HttpResponse<Void> setBudget(Authentication auth, String username, @Body BudgetRequest body) {
        var budget = new Budget(body.tokens() == null ? OptionalLong.empty() : OptionalLong.of(body.tokens()),
                body.dollars() == null ? OptionalDouble.empty() : OptionalDouble.of(body.dollars()),
                Boolean.TRUE.equals(body.hardCap()));
        setBudget.set(RequestContext.caller(auth), username, Optional.of(budget));
        return HttpResponse.noContent();
    }

    @Delete("/budgets/{username}")
    HttpResponse<Void> clearBudget(Authentication auth, String username) {
        setBudget.set(RequestContext.caller(auth), username, Optional.empty());
        return HttpResponse.noContent();
    }
}
