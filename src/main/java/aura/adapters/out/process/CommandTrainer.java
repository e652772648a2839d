package aura.adapters.out.process;

import aura.application.lnn.TrainingStopped;
import aura.application.training.port.ExternalTrainer;
import aura.domain.training.PromptPair;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The LoRA trainer a GPU node runs: the command {@code aura.training.lora.command}, split at spaces, each word's
 * placeholders filled ({@code {data} {output} {checkpoints} {resume} {base_model} {epochs} {learning_rate}
 * {seed} {model_name}}; no shell is involved). It reads {@code {data}/train.jsonl}, {@code validation.jsonl} and
 * {@code test.jsonl} (one {@code {"prompt","completion"}} object a line), writes its checkpoints under
 * {@code {checkpoints}}, resumes from {@code {resume}} when that is not empty, leaves the adapter's files in
 * {@code {output}} and exits 0. On stdout it writes one JSON object a line with any of {@code step},
 * {@code epoch} (fractional: 1.5 is half-way through the second epoch), {@code progress} (0..1), {@code loss},
 * {@code val_loss} and {@code checkpoint} (a file or directory under {@code {checkpoints}}, complete when named);
 * other lines are logged. A named checkpoint is archived (zip) to the shared database; a resumed attempt finds it
 * unpacked under the same name and {@code {resume}} naming it. Its standard input is a pipe this node holds open and
 * never writes to: the trainer exits at its end of file, which comes when the node died without killing it.
 */
@Singleton
public class CommandTrainer implements ExternalTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(CommandTrainer.class);
    private static final Object END = new Object();
    private final String command;
    private final ObjectMapper json;
    private final TrainerWorkDirs workDirs = TrainerWorkDirs.inTemporaryDirectory();

    public CommandTrainer(@Nullable @Property(name = "aura.training.lora.command") String command, ObjectMapper json) {
        this.command = command == null || command.isBlank() ? null : command.trim();
        this.json = json;
    }

    @Override
    public boolean available() {
        return command != null;
    }

    @Override
    public Map<String, byte[]> train(Run run, Events events) {
        if (command == null) throw new IllegalStateException("this node has no aura.training.lora.command");
        workDirs.deleteAbandoned();
        Path work = workDirs.create(run.jobId());
        try {
            return trainIn(work, run, events);
        } catch (IOException e) {
            throw new IllegalStateException("the trainer's files: " + e.getMessage(), e);
        } finally {
            TrainerWorkDirs.delete(work);
        }
    }

    private Map<String, byte[]> trainIn(Path work, Run run, Events events) throws IOException {
        Path data = Files.createDirectories(work.resolve("data"));
        Path output = Files.createDirectories(work.resolve("output"));
        Path checkpoints = Files.createDirectories(work.resolve("checkpoints"));
        write(data.resolve("train.jsonl"), run.train());
        write(data.resolve("validation.jsonl"), run.validation());
        write(data.resolve("test.jsonl"), run.test());
        String resume = "";
        if (run.resumeFrom().isPresent()) {
            Path into = Files.createDirectories(work.resolve("resume"));
            resume = unzip(run.resumeFrom().get(), into).toString();
        }
        var r = run.request();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{data}", data.toString());
        values.put("{output}", output.toString());
        values.put("{checkpoints}", checkpoints.toString());
        values.put("{resume}", resume);
        values.put("{base_model}", r.baseModel());
        values.put("{model_name}", r.modelName());
        values.put("{epochs}", String.valueOf(r.epochs()));
        values.put("{learning_rate}", String.valueOf(r.learningRate()));
        values.put("{seed}", String.valueOf(r.seed()));
        List<String> words = new ArrayList<>();
        for (String word : command.split("\\s+")) {
            for (var e : values.entrySet()) word = word.replace(e.getKey(), e.getValue());
            words.add(word);
        }
        Path log = work.resolve("trainer.log");
        Process process = new ProcessBuilder(words).directory(work.toFile())
                .redirectError(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) lines.add(line);
            } catch (IOException ignored) {
                // the process ended or was ended
            } finally {
                lines.add(END);
            }
        }, "lora-trainer-" + run.jobId());
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                if (!events.keepGoing()) throw new TrainingStopped("the run was stopped");
                Object next = lines.poll(200, TimeUnit.MILLISECONDS);
                if (next == END) break;
                if (next != null) line((String) next, checkpoints, events);
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the trainer exited with " + exit + ": " + tail(log));
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> listed = Files.list(output)) {
                for (Path f : listed.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
            if (files.isEmpty()) throw new IllegalStateException("the trainer left no adapter files in {output}");
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingStopped("the node is stopping");
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private void line(String line, Path checkpoints, Events events) throws IOException {
        JsonNode node;
        try {
            node = line.startsWith("{") ? json.readValue(line, JsonNode.class) : null;
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            LOG.info("trainer: {}", line);
            return;
        }
        Long step = node.get("step") != null && node.get("step").isNumber() ? node.get("step").getLongValue() : null;
        events.report(new Report(step, number(node, "epoch"), number(node, "loss"), number(node, "val_loss"),
                number(node, "progress")));
        JsonNode checkpoint = node.get("checkpoint");
        if (checkpoint != null && checkpoint.isString()) {
            Path named = checkpoints.resolve(checkpoint.getStringValue()).normalize();
            if (!named.startsWith(checkpoints) || !Files.exists(named)) {
                LOG.warn("trainer named checkpoint {}, which is not under {{checkpoints}}; not kept", named);
                return;
            }
            events.checkpoint(step == null ? 0 : step, zip(named));
        }
    }

    private static Double number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isNumber() ? v.getDoubleValue() : null;
    }

    private void write(Path file, List<PromptPair> pairs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PromptPair p : pairs) {
                out.write(json.writeValueAsString(Map.of("prompt", p.prompt(), "completion", p.completion())));
                out.write('\n');
            }
        }
    }

    /** The checkpoint, a file or a directory, with its own name as the archive's top entry. */
    static byte[] zip(Path checkpoint) throws IOException {
        var bytes = new ByteArrayOutputStream();
        Path base = checkpoint.getParent();
        try (var out = new ZipOutputStream(bytes); Stream<Path> all = Files.walk(checkpoint)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(base.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            if (Files.isDirectory(checkpoint) && bytes.size() == 0) {
                out.putNextEntry(new ZipEntry(checkpoint.getFileName() + "/"));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Unpacks an archive {@link #zip} made; the path of its top entry. */
    static Path unzip(byte[] archive, Path into) throws IOException {
        Path top = null;
        try (var in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) throw new IOException("a checkpoint entry leaves its directory: " + e);
                Path first = into.resolve(into.relativize(target).getName(0));
                if (top == null) top = first;
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        if (top == null) throw new IOException("an empty checkpoint archive");
        return top;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
