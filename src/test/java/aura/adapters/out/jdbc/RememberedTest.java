package aura.adapters.out.jdbc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A row in steady use is read again in the background before it expires; a value is never older than a second. */
class RememberedTest {
    private final List<Runnable> background = new ArrayList<>();
    private final Remembered<String> remembered = new Remembered<>(background::add);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> read(String key) {
        return Optional.of(key + "#" + reads.incrementAndGet());
    }

    private void runBackground() {
        List<Runnable> due = List.copyOf(background);
        background.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void aValueAskedForAgainAfterHalfItsLifeIsReadAgainInTheBackgroundWhileTheRequestGetsTheOneItHas() throws Exception {
        assertThat(remembered.get("k", this::read)).contains("k#1");
        Thread.sleep(Remembered.REFRESH_AFTER.toMillis() + 50);
        assertThat(remembered.ifRemembered("k")).contains("k#1");
        assertThat(reads).hasValue(1);
        runBackground();
        assertThat(reads).hasValue(2);
        assertThat(remembered.ifRemembered("k")).contains("k#2");
    }

    @Test
    void aValueForgottenWhileItsRefreshReadsStaysForgotten() throws Exception {
        remembered.get("k", this::read);
        Thread.sleep(Remembered.REFRESH_AFTER.toMillis() + 50);
        remembered.ifRemembered("k");
        remembered.forget("k");
        runBackground();
        assertThat(remembered.ifRemembered("k")).isEmpty();
        assertThat(remembered.get("k", this::read)).contains("k#3");
    }

    @Test
    void aValueNotAskedForExpiresASecondAfterItsReadBegan() throws Exception {
        remembered.get("k", this::read);
        assertThat(remembered.ifRemembered("k")).contains("k#1");
        assertThat(background).isEmpty();
        Thread.sleep(Remembered.FOR.toMillis() + 50);
        assertThat(remembered.ifRemembered("k")).isEmpty();
    }
}
