package aura.adapters.in.web;

import aura.application.memory.CreateNote;
import aura.application.memory.DeleteNote;
import aura.application.memory.EditNote;
import aura.application.memory.ListNotes;
import aura.application.memory.NoteChanges;
import aura.application.memory.NoteDraft;
import aura.application.memory.OpenNote;
import aura.application.memory.SearchNotes;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/** The caller's sticky notes and their search (docs/NOTES.md). Another person's note answers 404. */
@Controller("/api/notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record NoteController(CreateNote createNote, ListNotes listNotes, OpenNote openNote, EditNote editNote,
                      DeleteNote deleteNote, SearchNotes searchNotes) {
    private static final int DEFAULT_LIMIT = 50;
    private static final int DEFAULT_K = 10;

    /** A note's fields as sent; in an edit, a field left out stays as it is, and {@code "expires": ""} clears it. */
    @Serdeable
    record NoteBody(@Nullable String title, @Nullable String body, @Nullable List<String> tags,
                    @Nullable String colour, @Nullable Boolean pinned, @Nullable String expires) {
    }

    /**
     * 201 with the note; 409 with {@code similar} (the owner's nearly identical note) and nothing saved, unless
     * {@code force=true}.
     */
    @Post
    HttpResponse<Object> create(Authentication auth, @Nullable @Body NoteBody body, @Nullable @QueryValue String force) {
        if (body == null) throw new InvalidInput("body", "a note needs a JSON body with a title or a body");
        var draft = new NoteDraft(body.title(), body.body(), body.tags(), Optional.ofNullable(body.colour()),
                Boolean.TRUE.equals(body.pinned()),
                Optional.ofNullable(body.expires()).flatMap(e -> NoteViews.instant(e, "expires")));
        return NoteViews.saved(createNote.create(RequestContext.caller(auth), draft, NoteViews.flag(force, "force")));
    }

    @Get
    NoteViews.NoteList list(Authentication auth, @Nullable @QueryValue String tag, @Nullable @QueryValue String limit,
                            @Nullable @QueryValue String before) {
        var notes = listNotes.list(RequestContext.caller(auth), Optional.ofNullable(tag),
                NoteViews.whole(limit, "limit", DEFAULT_LIMIT), Optional.ofNullable(before));
        return new NoteViews.NoteList(notes.stream().map(NoteViews.NoteView::of).toList());
    }

    @Get("/search")
    NoteViews.SearchResults search(Authentication auth, @Nullable @QueryValue String q, @Nullable @QueryValue String k,
                                   @Nullable @QueryValue String tag) {
        var hits = searchNotes.search(RequestContext.caller(auth), q, NoteViews.whole(k, "k", DEFAULT_K), Optional.ofNullable(tag));
        return new NoteViews.SearchResults(hits.stream().map(NoteViews.HitView::of).toList());
    }

    @Get("/{id}")
    NoteViews.NoteView open(Authentication auth, String id) {
        return NoteViews.NoteView.of(openNote.open(RequestContext.caller(auth), id));
    }

    @Patch("/{id}")
    NoteViews.NoteView edit(Authentication auth, String id, @Nullable @Body NoteBody body) {
        if (body == null) throw new InvalidInput("body", "an edit needs a JSON body with the fields to change");
        var changes = new NoteChanges(Optional.ofNullable(body.title()), Optional.ofNullable(body.body()),
                Optional.ofNullable(body.tags()), Optional.ofNullable(body.colour()), Optional.ofNullable(body.pinned()),
                Optional.ofNullable(body.expires()).map(e -> NoteViews.instant(e, "expires")));
        return NoteViews.NoteView.of(editNote.edit(RequestContext.caller(auth), id, changes));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication auth, String id) {
        deleteNote.delete(RequestContext.caller(auth), id);
        return HttpResponse.noContent();
    }
}
