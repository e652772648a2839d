package aura.domain.training;

/**
 * One example for a language-model adapter: a prompt and the completion wanted for it, with the group it belongs
 * to (a conversation, or the row of a dataset), which decides its split so one conversation never straddles two.
 */
public record PromptPair(String group, String prompt, String completion) {
    public PromptPair {
        if (group == null || prompt == null || completion == null) {
            throw new IllegalArgumentException("a pair needs its group, prompt and completion");
        }
    }

    /** The split of this pair: the same for every run, every node and every JVM (it hashes the group's text). */
    public Split split() {
        int bucket = Math.floorMod(group.hashCode(), 10);
        return bucket == 0 ? Split.TEST : bucket == 1 ? Split.VALIDATION : Split.TRAIN;
    }

    /** 80 % train, 10 % validation, 10 % test, by group. */
    public enum Split { TRAIN, VALIDATION, TEST }
}
