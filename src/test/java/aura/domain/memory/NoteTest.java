package aura.domain.memory;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Note note(String title, String body, List<String> tags) {
        return new Note("id", "owner", title, body, tags, null, false, Optional.empty(), NOW, NOW);
    }

    @Test
    void aNoteNeedsATitleOrABody() {
        assertThatThrownBy(() -> note("  ", "", List.of())).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).contains("body"));
        assertThat(note("only a title", null, null).text()).isEqualTo("only a title");
        assertThat(note("", "only a body", null).text()).isEqualTo("only a body");
        assertThat(note("Title", "body", null).text()).isEqualTo("Title\nbody");
    }

    @Test
    void theBodyIsAtMost100KilobytesOfUtf8() {
        assertThat(note("t", "é".repeat(Note.MAX_BODY_BYTES / 2), List.of()).body()).hasSize(Note.MAX_BODY_BYTES / 2);
        assertThatThrownBy(() -> note("t", "é".repeat(Note.MAX_BODY_BYTES / 2 + 1), List.of()))
                .hasMessage("body is at most 100 KB");
    }

    @Test
    void tagsAreLowerCaseWordsKeptOnceInTheirOrder() {
        assertThat(note("t", "", List.of("home", "2026", "home", "to-do")).tags()).containsExactly("home", "2026", "to-do");
        for (String bad : List.of("Home", "", "-x", "a b", "a,b", "x".repeat(41))) {
            assertThatThrownBy(() -> note("t", "", List.of(bad))).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void aNoteExpiresAtItsExpiryAndANoteWithoutOneNever() {
        var expiring = new Note("id", "o", "t", "", List.of(), NoteColour.PINK, false, Optional.of(NOW), NOW, NOW);
        assertThat(expiring.expiredAt(NOW.minusMillis(1))).isFalse();
        assertThat(expiring.expiredAt(NOW)).isTrue();
        assertThat(note("t", "", List.of()).expiredAt(Instant.MAX)).isFalse();
        assertThat(note("t", "", List.of()).colour()).isEqualTo(NoteColour.YELLOW);
    }

    @Test
    void anUnknownColourNamesTheColours() {
        assertThatThrownBy(() -> NoteColour.named("mauve"))
                .hasMessage("colour must be one of yellow, pink, blue, green, purple, orange");
    }
}
