package aura.domain.chat;

/** Receives generated text as it arrives, piece by piece. */
@FunctionalInterface
public interface TokenSink {
    void token(String text);
}
