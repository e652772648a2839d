package aura.adapters.in.schedule;

import aura.application.memory.FollowNoteChanges;
import aura.application.memory.KeepNoteIndexCurrent;
import aura.application.memory.PrepareMemory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's note index: following the mesh's note events from start-up, built from the database right after
 * start (in the background, so the node answers at once), caught up every {@code aura.memory.catch-up-every};
 * once notes exist, the sentence model is then loaded, so the first search does not wait for it (a node of a mesh
 * without notes loads it when the first one is written, and spends nothing on it before).
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
class NoteIndexUpkeep {
    private static final Logger LOG = LoggerFactory.getLogger(NoteIndexUpkeep.class);
    private final FollowNoteChanges follow;
    private final KeepNoteIndexCurrent keepCurrent;
    private final PrepareMemory prepare;
    private volatile boolean built;

    NoteIndexUpkeep(FollowNoteChanges follow, KeepNoteIndexCurrent keepCurrent, PrepareMemory prepare) {
        this.follow = follow;
        this.keepCurrent = keepCurrent;
        this.prepare = prepare;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        follow.follow();
    }

    @Scheduled(fixedDelay = "${aura.memory.catch-up-every:10s}", initialDelay = "100ms")
    void catchUp() {
        try {
            int applied = keepCurrent.catchUp();
            if (!built) {
                built = true;
                LOG.info("Note index built from {} stored note(s)", applied);
                if (applied > 0) prepare.prepare();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not bring the note index up to date; the next run tries again: {}", e.toString());
        }
    }
}
