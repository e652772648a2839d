package aura.domain.memory;

import aura.domain.problem.InvalidInput;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The colours a sticky note can have on the board. */
public enum NoteColour {
    YELLOW, PINK, BLUE, GREEN, PURPLE, ORANGE;

    /** The colour a person named, or a refusal naming {@code colour}. */
    public static NoteColour named(String name) {
        for (NoteColour c : values()) {
            if (c.wireName().equals(name)) return c;
        }
        throw new InvalidInput("colour", "colour must be one of " + Arrays.stream(values())
                .map(NoteColour::wireName).collect(Collectors.joining(", ")));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
