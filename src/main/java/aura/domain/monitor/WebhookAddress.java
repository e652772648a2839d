package aura.domain.monitor;

import java.util.regex.Pattern;

/** Where alert changes may be POSTed: an absolute http or https URL with a host (and optionally port and path). */
public final class WebhookAddress {
    private static final Pattern WEB = Pattern.compile("https?://[A-Za-z0-9._~\\-\\[\\]:%]+(?:[/?#][^\\s]*)?");

    private WebhookAddress() {
    }

    public static boolean valid(String text) {
        return text != null && WEB.matcher(text.strip()).matches();
    }
}
