package aura.application.memory;

import aura.domain.memory.Note;

import java.util.Set;

/** A note a search found: its fused score, how it matched ({@code text}, {@code meaning}) and what to show of it. */
public record NoteHit(Note note, double score, Set<String> matchedBy, String snippet) {
}
