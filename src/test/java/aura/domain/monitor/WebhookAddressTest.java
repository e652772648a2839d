package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhook is an http or https URL with a host; anything else is refused before a node starts with it. */
class WebhookAddressTest {
    @Test
    void httpAndHttpsUrlsWithAHostAreWebhooks() {
        for (String url : new String[] {"http://127.0.0.1:9093/hook", "https://hooks.example/a?b=c", "http://[::1]:80/", "http://box"}) {
            assertThat(WebhookAddress.valid(url)).as(url).isTrue();
        }
    }

    @Test
    void otherSchemesMissingHostsAndSpacesAreNot() {
        for (String url : new String[] {"ftp://127.0.0.1/hook", "http://", "http:///path", "127.0.0.1:9093", "http://a b/", "", "not a url"}) {
            assertThat(WebhookAddress.valid(url)).as(url).isFalse();
        }
        assertThat(WebhookAddress.valid(null)).isFalse();
    }
}
