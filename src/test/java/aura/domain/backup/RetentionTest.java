package aura.domain.backup;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionTest {
    private static Backup at(Instant when) {
        return new Backup(Backup.nameFor(when), 1000, when);
    }

    @Test
    void theNewestAreKeptAndTheOlderOnesGo() {
        Instant t = Instant.parse("2026-12-01T03:00:00Z");
        List<Backup> all = new ArrayList<>();
        for (int day = 0; day < 35; day++) all.add(at(t.plusSeconds(86_400L * day)));
        Collections.shuffle(all, new Random(7));

        List<Backup> doomed = new Retention(30).beyond(all);

        assertThat(doomed).hasSize(5);
        assertThat(doomed).allMatch(b -> b.takenAt().isBefore(t.plusSeconds(86_400L * 5)));
    }

    @Test
    void fewerBackupsThanKeptDeletesNothing() {
        assertThat(new Retention(30).beyond(List.of(at(Instant.EPOCH)))).isEmpty();
    }

    @Test
    void keepingNoneIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new Retention(0)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("aura.backup.keep");
    }

    @Test
    void namesSortAsTheirTimesAndAreRecognised() {
        String earlier = Backup.nameFor(Instant.parse("2026-01-09T23:59:59.999Z"));
        String later = Backup.nameFor(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(earlier).isEqualTo("aura-20260109-235959-999.dump");
        assertThat(earlier).isLessThan(later);
        assertThat(Backup.isBackupName(later)).isTrue();
        assertThat(Backup.isBackupName("../etc/passwd")).isFalse();
        assertThat(Backup.isBackupName(".aura-20260109-235959-999.dump.partial")).isFalse();
    }
}
