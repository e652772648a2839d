package aura.application.memory;

import aura.application.auth.Caller;
import aura.application.memory.port.Notes;
import aura.domain.memory.StoredNote;
import aura.domain.problem.NotFound;

import java.time.Instant;

/** A note as its owner sees it: another person's note, or an expired one, does not exist for the caller. */
final class OwnedNotes {
    private OwnedNotes() {
    }

    static StoredNote find(Notes notes, Caller caller, String id, Instant now) {
        return notes.find(id).filter(s -> s.note().ownedBy(caller.userId()) && !s.note().expiredAt(now))
                .orElseThrow(() -> new NotFound("no note " + id));
    }
}
