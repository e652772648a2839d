package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.chat.ChatMemory;
import aura.application.memory.port.Notes;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Chat's memory: the notes a search for the question finds (at most {@code aura.memory.context-notes}, each
 * matching by its words or above the meaning floor), then the pinned notes it did not find.
 */
@Singleton
public record RecallNotes(SearchNotes search, Notes notes, MemorySettings settings, Clock clock) implements ChatMemory {
    @Override
    public List<RecalledNote> recall(Caller caller, String question) {
        List<RecalledNote> recalled = new ArrayList<>();
        var seen = new LinkedHashSet<String>();
        if (settings.contextNotes() > 0 && !question.isBlank()) {
            String asked = question.length() > SearchNotes.MAX_QUERY ? question.substring(0, SearchNotes.MAX_QUERY) : question;
            for (NoteHit hit : search.search(caller, asked, settings.contextNotes(), Optional.empty())) {
                seen.add(hit.note().id());
                recalled.add(new RecalledNote(hit.note().id(), hit.note().title(), hit.note().body(), hit.score()));
            }
        }
        if (settings.pinnedNotes() > 0) {
            for (var pinned : notes.pinned(caller.userId(), clock.instant(), settings.pinnedNotes())) {
                if (seen.add(pinned.id())) recalled.add(new RecalledNote(pinned.id(), pinned.title(), pinned.body(), 0));
            }
        }
        return recalled;
    }
}
