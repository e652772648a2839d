package aura.domain.chat;

/** A note that went into an answer's prompt: its id, its title then, and how well it matched (0: pinned only). */
public record CitedNote(String id, String title, double score) {
}
