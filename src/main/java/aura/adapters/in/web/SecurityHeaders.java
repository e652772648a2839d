package aura.adapters.in.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep the web UI safe even if something slipped past the Markdown sanitiser: scripts, styles and
 * connections only from this node, no framing, no sniffing, no referrer leaving the mesh.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.add("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.add("X-Content-Type-Options", "nosniff");
        headers.add("Referrer-Policy", "no-referrer");
        headers.add("X-Frame-Options", "DENY");
    }
}
