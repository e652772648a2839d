package aura.adapters.in.web;

import aura.application.auth.CreateApiKey;
import aura.application.auth.ListApiKeys;
import aura.application.auth.RevokeApiKey;
import aura.domain.auth.ApiKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The caller's API keys: the key itself is in the answer to create, and nowhere else ever. */
@Controller("/api/auth/api-keys")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record ApiKeyController(CreateApiKey createApiKey, ListApiKeys listApiKeys, RevokeApiKey revokeApiKey) {
    @Serdeable
    record NewKey(@Nullable String name) {
    }

    @Serdeable
    record KeyView(String id, String name, Instant created, @Nullable Instant lastUsed, @Nullable String key) {
        static KeyView of(ApiKey k, @Nullable String secret) {
            return new KeyView(k.id(), k.name(), k.created(), k.lastUsed().orElse(null), secret);
        }
    }

    @Post
    HttpResponse<KeyView> create(HttpRequest<?> request, Authentication auth, @Nullable @Body NewKey body) {
        var created = createApiKey.create(RequestContext.caller(auth), body == null ? null : body.name(), RequestContext.client(request));
        return HttpResponse.status(HttpStatus.CREATED).body(KeyView.of(created.key(), created.secretKey()));
    }

    @Get
    List<KeyView> list(Authentication auth) {
        return listApiKeys.list(RequestContext.caller(auth)).stream().map(k -> KeyView.of(k, null)).toList();
    }

    @Delete("/{id}")
    HttpResponse<Void> revoke(HttpRequest<?> request, Authentication auth, String id) {
        revokeApiKey.revoke(RequestContext.caller(auth), id, RequestContext.client(request));
        return HttpResponse.noContent();
    }
}
