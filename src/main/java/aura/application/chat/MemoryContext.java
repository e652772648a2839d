package aura.application.chat;

import aura.domain.chat.ChatTurn;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes of a prompt as one system turn, right after the persona's: each under its title, the whole block at
 * most {@value #MAX_CHARS} characters, so a few long notes cannot crowd out the conversation.
 */
final class MemoryContext {
    static final int MAX_CHARS = 6000;
    private static final int MAX_PER_NOTE = 2000;

    private MemoryContext() {
    }

    static List<ChatTurn> withNotes(List<ChatTurn> turns, List<ChatMemory.RecalledNote> notes) {
        if (notes.isEmpty()) return turns;
        var block = new StringBuilder("Notes the person saved that may bear on their question. Use them if they help, "
                + "and name a note by its title when you do.\n");
        for (var n : notes) {
            String body = n.body().length() > MAX_PER_NOTE ? n.body().substring(0, MAX_PER_NOTE) + "…" : n.body();
            String entry = "\n## " + (n.title().isEmpty() ? "(untitled)" : n.title()) + "\n" + body + "\n";
            if (block.length() + entry.length() > MAX_CHARS) break;
            block.append(entry);
        }
        List<ChatTurn> with = new ArrayList<>(turns);
        int after = !turns.isEmpty() && turns.get(0).speaker() == ChatTurn.Speaker.SYSTEM ? 1 : 0;
        with.add(after, new ChatTurn(ChatTurn.Speaker.SYSTEM, block.toString()));
        return with;
    }
}
