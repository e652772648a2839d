package aura.application.chat;

/**
 * How many answers (stored chat answers, and stateless completions, each on their own) a node follows at once,
 * and how many more may wait for a thread; past that it refuses with 503 and Retry-After.
 */
public record AnswerCapacity(int threads, int queue) {
    public AnswerCapacity {
        if (threads < 1) throw new IllegalArgumentException("answer threads must be >= 1");
        if (queue < 0) throw new IllegalArgumentException("answer queue must be >= 0");
    }
}
