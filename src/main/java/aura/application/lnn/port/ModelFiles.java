package aura.application.lnn.port;

import aura.domain.lnn.LnnModel;

import java.nio.file.Path;

/** Forecaster models kept in files the person names, as the command line reads and writes them. */
public interface ModelFiles {

    /** @throws aura.domain.problem.InvalidInput naming the file when it is missing or not a valid model */
    LnnModel read(Path file);

    /** Replaces {@code file} at once: a reader sees the old model or the new one, never half of one. */
    void write(LnnModel model, Path file);
}
