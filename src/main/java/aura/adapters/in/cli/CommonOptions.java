package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Options every subcommand accepts. */
public class CommonOptions {
    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port of the node (default: inventory entry, else 3000)")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where the node keeps its data (default: ~/.aura)")
    Path dataDir;

    Optional<Integer> port() {
        if (port != null && (port < 1 || port > 65535)) {
            throw new InvalidInput("--port", "--port must be between 1 and 65535 (got " + port + ")");
        }
        return Optional.ofNullable(port);
    }

    Path dataDir() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".aura");
    }
}
