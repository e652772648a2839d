package aura.adapters.in.cli;

import org.junit.jupiter.api.Test;

import static aura.adapters.in.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code aura-node notes bench}: memory's figures from a small index, and exit 2 for a workload of nothing. */
class NotesBenchCommandTest {
    @Test
    void benchPrintsEveryFigureOfMemory() {
        var outcome = run("notes", "bench", "--notes", "300", "--searches", "20", "--embeddings", "10");
        assertThat(outcome.status()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("300 notes").contains("model load").contains("texts/s")
                .contains("index build").contains("notes/s").contains("building thread's CPU").contains("load average").contains("index heap").contains("search p50").contains("search p99").contains("question's embedding");
    }

    @Test
    void aWorkloadOfNothingIsRefused() {
        var outcome = run("notes", "bench", "--notes", "0");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("--notes");
    }
}
