package aura.domain.chat;

/** One message of the prompt a backend sees. */
public record ChatTurn(Speaker speaker, String content) {
    public enum Speaker { SYSTEM, USER, ASSISTANT }

    public ChatTurn {
        if (speaker == null) throw new IllegalArgumentException("a turn needs a speaker");
        if (content == null) content = "";
    }

    public String role() {
        return speaker.name().toLowerCase(java.util.Locale.ROOT);
    }
}
