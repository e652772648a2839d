package aura.adapters.in.web;

import aura.application.auth.Caller;
import aura.application.auth.ClientInfo;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.net.InetSocketAddress;

/** Reads who is calling and from where, as the use cases need it. */
final class RequestContext {
    private RequestContext() {
    }

    static Caller caller(Authentication auth) {
        var a = auth.getAttributes();
        return new Caller(String.valueOf(a.get("uid")), auth.getName(), auth.getRoles().contains("admin"),
                String.valueOf(a.get("sid")));
    }

    static ClientInfo client(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        boolean loopback = remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
        String address = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        return new ClientInfo(address, request.getHeaders().get(HttpHeaders.USER_AGENT), loopback);
    }
}
