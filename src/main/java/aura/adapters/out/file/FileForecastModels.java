package aura.adapters.out.file;

import io.micronaut.context.annotation.Property;
import aura.application.lnn.port.ForecastModels;
import aura.domain.lnn.LnnModel;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Models stored as AURA-LNN files in {@code <data dir>/models/}, named by their file name. */
@Singleton
class FileForecastModels implements ForecastModels {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private final Path directory;

    FileForecastModels(@Property(name = "aura.data-dir") String dataDir) {
        this.directory = Path.of(dataDir, "models");
    }

    @Override
    public Optional<LnnModel> load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInput("model", "'" + name + "' is not a plain file name");
        }
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LnnModelFiles.decode(file));
        } catch (EOFException e) {
            throw new InvalidInput("model", "'" + name + "' is truncated");
        } catch (IOException e) {
            if (e.getMessage() != null && (e.getMessage().contains("AURA-LNN") || e.getMessage().contains("model"))) {
                throw new InvalidInput("model", "'" + name + "': " + e.getMessage());
            }
            throw new UncheckedIOException(e);
        }
    }
}
