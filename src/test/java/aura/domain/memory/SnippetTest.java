package aura.domain.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {
    private static final String LONG = "Shopping list for the week. " + "Bread, cheese, apples and pears. ".repeat(10)
            + "Remember the saffron for the paella on Friday. " + "More filler text about nothing much. ".repeat(10);

    @Test
    void aShortTextIsShownWholeOnOneLine() {
        assertThat(Snippet.of("Title\n\nsome   body", "anything", 160)).isEqualTo("Title some body");
    }

    @Test
    void aLongTextIsShownAroundTheFirstWordOfTheQueryItHolds() {
        String snippet = Snippet.of(LONG, "where is the SAFFRON", 80);
        assertThat(snippet).startsWith("…").endsWith("…").contains("saffron");
        assertThat(snippet.length()).isLessThanOrEqualTo(82);
    }

    @Test
    void aMatchByMeaningAloneShowsTheBeginning() {
        assertThat(Snippet.of(LONG, "spices", 40)).startsWith("Shopping list").endsWith("…");
    }
}
