package aura.adapters.in.web;

import aura.application.memory.RememberMessage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** "Remember this" on a chat message: it becomes a note (docs/NOTES.md), answered as {@code POST /api/notes} is. */
@Controller("/api/chat/conversations/{id}/messages/{messageId}/remember")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record RememberController(RememberMessage rememberMessage) {
    @Post
    HttpResponse<Object> remember(Authentication auth, String id, String messageId, @Nullable @QueryValue String force) {
        return NoteViews.saved(rememberMessage.remember(RequestContext.caller(auth), id, messageId, NoteViews.flag(force, "force")));
    }
}
