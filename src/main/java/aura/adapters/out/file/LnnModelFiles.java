package aura.adapters.out.file;

import aura.application.lnn.port.ModelFiles;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.LnnModelCodec;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** AURA-LNN model files: the one place that reads and writes them, for named paths and the node's models folder. */
@Singleton
class LnnModelFiles implements ModelFiles {

    @Override
    public LnnModel read(Path file) {
        try {
            return decode(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(file.toString(), file + ": file not found");
        } catch (IOException e) {
            throw new InvalidInput(file.toString(), file + ": " + (e.getMessage() == null ? "truncated" : e.getMessage()));
        }
    }

    /** The model in {@code file}; an {@link IOException} for a missing, truncated or malformed one. */
    static LnnModel decode(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return LnnModelCodec.read(in);
        }
    }

    @Override
    public void write(LnnModel model, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = Files.createTempFile(parent, ".model", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                LnnModelCodec.write(model, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
