package aura.adapters.out.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The trainer's working directories under the system's temporary directory, each marked with the process id of
 * the node that made it. A node that was killed cannot delete its own (the job is resumed elsewhere, from its
 * checkpoint in the database), so each new run first deletes those whose node is no longer running: a killed
 * node's data sets and checkpoints do not pile up until the system cleans its temporary files.
 */
final class TrainerWorkDirs {
    static final String PREFIX = "aura-lora-";
    static final String OWNER = "owner.pid";

    private final Path parent;

    TrainerWorkDirs(Path parent) {
        this.parent = parent;
    }

    static TrainerWorkDirs inTemporaryDirectory() {
        return new TrainerWorkDirs(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A fresh directory for job {@code jobId}, marked as this process's. */
    Path create(String jobId) {
        try {
            Path work = Files.createTempDirectory(parent, PREFIX + jobId.substring(0, Math.min(8, jobId.length())));
            Files.writeString(work.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the directories whose node is no longer running; answers how many. Unmarked ones are left alone. */
    int deleteAbandoned() {
        int deleted = 0;
        try (Stream<Path> dirs = Files.list(parent)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(d)).toList()) {
                if (abandoned(dir)) {
                    delete(dir);
                    deleted++;
                }
            }
        } catch (IOException e) {
            // another node's directory we may not read, or the listing failed: nothing to clean this time
        }
        return deleted;
    }

    private static boolean abandoned(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve(OWNER), StandardCharsets.US_ASCII).strip());
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it eventually
        }
    }
}
