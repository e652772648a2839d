package aura.adapters.in.web;

import aura.application.memory.CreateNote;
import aura.application.memory.NoteHit;
import aura.domain.memory.Note;
import aura.domain.problem.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What the notes API answers, and how it reads the values it is sent. */
final class NoteViews {
    private static final List<String> MATCH_ORDER = List.of("text", "meaning");

    private NoteViews() {
    }

    @Serdeable
    record NoteView(String id, String title, String body, List<String> tags, String colour, boolean pinned,
                    @Nullable Instant expires, Instant created, Instant updated) {
        static NoteView of(Note n) {
            return new NoteView(n.id(), n.title(), n.body(), n.tags(), n.colour().wireName(), n.pinned(),
                    n.expires().orElse(null), n.created(), n.updated());
        }
    }

    @Serdeable
    record NoteList(List<NoteView> notes) {
    }

    @Serdeable
    record HitView(NoteView note, double score, List<String> matchedBy, String snippet) {
        static HitView of(NoteHit h) {
            return new HitView(NoteView.of(h.note()), h.score(),
                    MATCH_ORDER.stream().filter(h.matchedBy()::contains).toList(), h.snippet());
        }
    }

    @Serdeable
    record SearchResults(List<HitView> results) {
    }

    /** What a client needs to offer "update that one instead": the owner's nearly identical note. */
    @Serdeable
    record SimilarNote(String error, String field, NoteView similar, double cosine) {
    }

    /** 201 with the new note, or 409 naming the note it nearly repeats (nothing saved). */
    static HttpResponse<Object> saved(CreateNote.Outcome outcome) {
        if (outcome instanceof CreateNote.Created c) return HttpResponse.status(HttpStatus.CREATED).body(NoteView.of(c.note()));
        var a = (CreateNote.AlreadyNoted) outcome;
        String title = a.existing().title().isEmpty() ? "untitled" : a.existing().title();
        return HttpResponse.status(HttpStatus.CONFLICT).body(new SimilarNote("a note nearly like this one exists (\"" + title
                + "\"): update it instead, or save with force=true", "body", NoteView.of(a.existing()),
                Math.round(a.cosine() * 1000) / 1000.0));
    }

    /** A true/false query parameter, false when not given. */
    static boolean flag(@Nullable String value, String field) {
        if (value == null || value.equals("false")) return false;
        if (value.equals("true") || value.isEmpty()) return true;
        throw new InvalidInput(field, field + " must be true or false");
    }

    /** An ISO-8601 instant such as {@code 2026-12-24T18:00:00Z}; the empty string means none. */
    static Optional<Instant> instant(String value, String field) {
        if (value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, field + " must be an ISO-8601 instant such as 2026-12-24T18:00:00Z");
        }
    }

    /** A whole number query parameter, {@code absent} when not given. */
    static int whole(@Nullable String value, String field, int absent) {
        if (value == null) return absent;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, field + " must be a whole number");
        }
    }
}
