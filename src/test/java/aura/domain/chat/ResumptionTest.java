package aura.domain.chat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ResumptionTest {

    /** What the person sees after {@code shown}, the new node's text arriving in {@code pieces}. */
    private static String resumed(String shown, String... pieces) {
        return resumed(shown, Arrays.asList(pieces));
    }

    private static String resumed(String shown, List<String> pieces) {
        var resumption = new Resumption(shown);
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) out.append(resumption.accept(piece));
        return out.append(resumption.finish()).toString();
    }

    @Test
    void aContinuationPassesOnUnchanged() {
        assertThat(resumed("Liquid networks adapt", " their", " time", " constants.")).isEqualTo(" their time constants.");
    }

    @Test
    void aRestartFromScratchShowsOnlyWhatComesAfterTheShownText() {
        assertThat(resumed("Liquid networks adapt", "Liquid", " networks", " adapt", " their", " time."))
                .isEqualTo(" their time.");
    }

    @Test
    void aShownTextEndingMidWordIsCompletedByTheRestOfThatWord() {
        assertThat(resumed("Liquid networks ada", "Liquid networks adapt their")).isEqualTo("pt their");
    }

    @Test
    void piecesMaySplitWordsAnywhere() {
        assertThat(resumed("Liquid networks adapt", "Liq", "uid net", "wor", "ks ad", "apt th", "eir")).isEqualTo(" their");
    }

    @Test
    void whitespaceDifferencesStillCountAsARepeat() {
        assertThat(resumed("Liquid  networks\nadapt", "\nLiquid networks  adapt", " their")).isEqualTo(" their");
        assertThat(resumed("Liquid networks ", "Liquid\tnetworks adapt")).isEqualTo("adapt");
    }

    @Test
    void aRestartThatDivergesDropsOnlyTheRepeatedWords() {
        assertThat(resumed("Liquid networks adapt their time", "Liquid networks change", " how they", " react."))
                .isEqualTo(" change how they react.");
    }

    @Test
    void aContinuationThatBeginsLikeTheAnswerIsNotMistakenForARepeat() {
        assertThat(resumed("The cat sat. ", "The dog", " ran.")).isEqualTo("The dog ran.");
        assertThat(resumed("Yes, and", " Yes, indeed")).isEqualTo(" Yes, indeed");
    }

    @Test
    void nothingIsShownWhileTheNewTextCouldStillBeARepeat() {
        var resumption = new Resumption("Liquid networks adapt");
        assertThat(resumption.accept("Liquid")).isEmpty();
        assertThat(resumption.accept(" networks")).isEmpty();
        assertThat(resumption.accept(" adapt")).isEmpty();
        assertThat(resumption.accept(" their")).isEqualTo(" their");
        assertThat(resumption.accept(" time")).isEqualTo(" time");
    }

    @Test
    void aNewAnswerThatEndsInsideTheShownTextAddsNothing() {
        assertThat(resumed("Liquid networks adapt their time", "Liquid networks adapt")).isEmpty();
    }

    @Test
    void aShortHeldTextIsShownWhenTheStreamEnds() {
        assertThat(resumed("The cat sat", " The")).isEqualTo(" The");
    }

    @RepeatedTest(200)
    void randomRestartsNeverShowAWordTwice() {
        Random random = new Random();
        String answer = randomAnswer(random);
        int cut = 1 + random.nextInt(answer.length() - 1);
        String shown = answer.substring(0, cut);
        String restart = answer.replaceAll("\\s+", random.nextBoolean() ? " " : "  ");
        String seen = shown + resumed(shown, pieces(restart, random));
        assertThat(words(seen)).as("shown '%s'", shown).isEqualTo(words(answer));
    }

    @RepeatedTest(200)
    void randomContinuationsPassOnExactly() {
        Random random = new Random();
        String answer = randomAnswer(random);
        int cut = 1 + random.nextInt(answer.length() - 1);
        String shown = answer.substring(0, cut);
        String rest = answer.substring(cut);
        assertThat(resumed(shown, pieces(rest, random))).as("shown '%s'", shown).isEqualTo(rest);
    }

    /** Words from a small vocabulary after a first word used nowhere else, with random whitespace between. */
    private static String randomAnswer(Random random) {
        String[] vocabulary = {"the", "net", "adapts", "its", "time", "constant", "to", "input", "load", "rises", ",", "fast."};
        StringBuilder text = new StringBuilder("Forecasts");
        int words = 3 + random.nextInt(30);
        for (int w = 0; w < words; w++) {
            text.append(random.nextInt(8) == 0 ? "\n" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.toString();
    }

    private static List<String> pieces(String text, Random random) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(6));
            pieces.add(text.substring(at, end));
            at = end;
        }
        return pieces;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
