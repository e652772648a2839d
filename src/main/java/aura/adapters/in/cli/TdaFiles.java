package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Reads the text files the {@code tda} commands take, and names the file in every problem found in it. */
final class TdaFiles {
    private TdaFiles() {
    }

    static <T> T parse(Path file, Function<List<String>, T> parser) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(file.toString(), file + ": file not found");
        } catch (IOException e) {
            throw new InvalidInput(file.toString(), file + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            return parser.apply(lines);
        } catch (InvalidInput e) {
            throw new InvalidInput(file.toString(), file + ": " + e.getMessage());
        }
    }
}
