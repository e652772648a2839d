package aura.adapters.in.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.token.RolesFinder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The IP rule that answers at once decides as Micronaut's own rule does, and at once only when every address is admitted. */
class IpPatternsAtOnceTest {
    private static final RolesFinder ROLES = attributes -> List.of();

    @Test
    void everyAddressAdmittedIsNoOpinionAnsweredAtOnceAsMicronautAnswersIt() throws Exception {
        var configuration = patterns("0.0.0.0");
        var answer = new IpPatternsAtOnce(ROLES, configuration).check(HttpRequest.GET("/api/node"), null);

        assertThat(answer).isInstanceOf(Callable.class);
        assertThat(((Callable<?>) answer).call()).isEqualTo(SecurityRuleResult.UNKNOWN)
                .isEqualTo(micronaut(configuration, HttpRequest.GET("/api/node")));
    }

    @Test
    void anyOtherPatternListIsStillCheckedAgainstTheCallersAddress() {
        for (List<String> list : List.of(List.of("10.9.8.*"), List.of("127.0.0.1"), List.of("10.9.8.*", "127.0.0.*"))) {
            var configuration = patterns(list.toArray(String[]::new));
            var request = HttpRequest.GET("/api/node");
            assertThat(Mono.from(new IpPatternsAtOnce(ROLES, configuration).check(request, null)).block())
                    .as("%s", list).isEqualTo(micronaut(configuration, request));
        }
        assertThat(micronaut(patterns("10.9.8.*"), HttpRequest.GET("/api/node"))).as("the case that refuses is there")
                .isEqualTo(SecurityRuleResult.REJECTED);
    }

    private static SecurityConfigurationProperties patterns(String... patterns) {
        var configuration = new SecurityConfigurationProperties();
        configuration.setIpPatterns(List.of(patterns));
        return configuration;
    }

    private static SecurityRuleResult micronaut(SecurityConfigurationProperties configuration, HttpRequest<?> request) {
        return Mono.from(new IpPatternsRule(ROLES, configuration).check(request, null)).block();
    }
}
