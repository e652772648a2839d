package aura.application.policy;

import aura.application.routing.LiveNodes;
import aura.domain.policy.Budget;
import aura.domain.policy.PriceList;
import aura.domain.policy.RateLimit;
import aura.domain.policy.RateLimited;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rate limits inside the admission every door goes through: per person, per API key, requests and tokens. */
class ThrottleRequestsTest {
    final InMemoryPolicies policies = new InMemoryPolicies(
            new PolicySettings(PriceList.NONE, Budget.NONE, new Tiers(Optional.of("m"), Optional.empty(), 0.8)),
            new LiveNodes(), Clock.systemUTC());

    void ask(String user, Optional<String> key) {
        policies.admit().admit(new AdmitGeneration.Request(user, Optional.of("m"), "hi", Optional.empty(), key));
    }

    @Test
    void aPersonPastTheirRequestsPerMinuteIsRefusedWithTheWaitAndOthersAreNot() {
        policies.limits = new RateLimitSettings(new RateLimit(2, 0), RateLimit.NONE);
        ask("ann", Optional.empty());
        ask("ann", Optional.empty());
        assertThatThrownBy(() -> ask("ann", Optional.empty())).isInstanceOf(RateLimited.class)
                .hasMessageContaining("2 requests a minute")
                .satisfies(e -> assertThat(((RateLimited) e).retryAfter()).isPresent());
        assertThatCode(() -> ask("bob", Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void anApiKeyHasItsOwnLimitOnTopOfItsPersons() {
        policies.limits = new RateLimitSettings(RateLimit.NONE, new RateLimit(1, 0));
        ask("ann", Optional.of("k1"));
        assertThatThrownBy(() -> ask("ann", Optional.of("k1"))).isInstanceOf(RateLimited.class)
                .hasMessageContaining("this API key");
        assertThatCode(() -> ask("ann", Optional.of("k2"))).doesNotThrowAnyException();
        assertThatCode(() -> ask("ann", Optional.empty())).as("her sessions are not the key").doesNotThrowAnyException();
    }

    @Test
    void tokensChargedWhenAGenerationEndsRefuseTheNextRequestOnceTheMinutesTokensAreSpent() {
        policies.limits = new RateLimitSettings(new RateLimit(0, 100), RateLimit.NONE);
        ask("ann", Optional.empty());
        policies.recordUsage().record("ann", "m", "node", 60, 50);
        assertThatThrownBy(() -> ask("ann", Optional.empty())).isInstanceOf(RateLimited.class)
                .hasMessageContaining("100 tokens a minute");
    }
}
