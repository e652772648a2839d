package aura.adapters.in.web;

import aura.application.chat.ListPersonas;
import aura.application.chat.SavePersona;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Personas: everyone lists them, admins add or edit them. */
@Controller("/api/chat/personas")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record PersonaController(ListPersonas listPersonas, SavePersona savePersona) {
    @Serdeable
    record PersonaBody(@Nullable String description, @Nullable String systemPrompt, @Nullable String model) {
    }

    @Get
    List<ChatViews.PersonaView> list() {
        return listPersonas.list().stream().map(ChatViews.PersonaView::of).toList();
    }

    @Put("/{name}")
    HttpResponse<ChatViews.PersonaView> save(Authentication auth, String name, @Body PersonaBody body) {
        var p = savePersona.save(RequestContext.caller(auth), name, body.description(), body.systemPrompt(), body.model());
        return HttpResponse.status(HttpStatus.OK).body(ChatViews.PersonaView.of(p));
    }
}
