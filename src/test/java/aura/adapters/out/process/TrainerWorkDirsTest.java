package aura.adapters.out.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A killed node's trainer directories are deleted by the next run; a running node's and unmarked ones are kept. */
class TrainerWorkDirsTest {
    @TempDir
    Path tmp;

    /** The id of a process that has ended. */
    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void theNextRunDeletesTheDirectoriesOfANodeThatIsNoLongerRunning() throws Exception {
        var dirs = new TrainerWorkDirs(tmp);
        Path killed = Files.createDirectories(tmp.resolve("aura-lora-dead1234/checkpoints"));
        Files.writeString(killed.getParent().resolve(TrainerWorkDirs.OWNER), Long.toString(endedProcess()));
        Files.writeString(killed.resolve("step-10.bin"), "weights");
        Path mine = dirs.create("job-running");
        Path unmarked = Files.createDirectories(tmp.resolve("aura-lora-older"));
        Path other = Files.createDirectories(tmp.resolve("not-ours"));
        Files.writeString(other.resolve(TrainerWorkDirs.OWNER), Long.toString(endedProcess()));

        assertThat(dirs.deleteAbandoned()).isEqualTo(1);

        assertThat(killed.getParent()).doesNotExist();
        assertThat(mine).isDirectory();
        assertThat(mine.resolve(TrainerWorkDirs.OWNER)).hasContent(Long.toString(ProcessHandle.current().pid()));
        assertThat(unmarked).isDirectory();
        assertThat(other).isDirectory();
    }
}
