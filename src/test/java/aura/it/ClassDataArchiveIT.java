package aura.it;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class-data archive that {@code mvn package} writes serves the jar it was written for, with README's run
 * command: {@code -Xshare:on} makes the JVM refuse to start instead of silently starting the slow way, so a build
 * that rewrites the jar after the training start, or trains another JVM, fails here.
 */
class ClassDataArchiveIT {
    @Test
    void theReadmeCommandMapsTheClassesTheBuildArchived() throws Exception {
        Path jar = Path.of(System.getProperty("aura.jar", "target/aura-node.jar")).toAbsolutePath();
        Path archive = jar.resolveSibling("aura-node.jsa");
        // `java` from the PATH, as the build's training start and README's command use it.
        Process java = new ProcessBuilder("java", "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-Xlog:class+load=info", "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(java.exitValue()).as(output).isZero();
        // "(top)": from the build's archive, not the JDK's own ("shared objects file").
        assertThat(output).contains("source: shared objects file (top)");
    }
}
