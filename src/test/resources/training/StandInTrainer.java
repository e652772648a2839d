import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A stand-in for a LoRA trainer with Aura's contract (docs/TRAINING.md): run as
 * {@code java StandInTrainer.java {data} {output} {checkpoints} {resume} {epochs} <steps log> <ms per step>}.
 * One step a training pair an epoch; a checkpoint (a directory with state.txt) every 5 steps; a JSON line a step
 * and a validation loss at each epoch's end; the adapter's files at the end. Every step it runs is appended to the
 * steps log, with "start N" first, N the step it resumed from. It exits as soon as its standard input ends, as the
 * contract asks: the node that started it died without the chance to stop it.
 */
public class StandInTrainer {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path checkpoints = Path.of(args[2]);
        String resume = args.length > 3 ? args[3] : "";
        int epochs = Integer.parseInt(args[4]);
        Path log = Path.of(args[5]);
        long pause = Long.parseLong(args[6]);
        Thread orphaned = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the node writes nothing; only the end matters
                }
            } catch (java.io.IOException ignored) {
                // the same: the node is gone
            }
            System.exit(3);
        });
        orphaned.setDaemon(true);
        orphaned.start();
        long perEpoch = Math.max(1, Files.readAllLines(data.resolve("train.jsonl")).stream().filter(l -> !l.isBlank()).count());
        long validation = Files.readAllLines(data.resolve("validation.jsonl")).stream().filter(l -> !l.isBlank()).count();
        long total = perEpoch * epochs;
        long from = 0;
        if (!resume.isEmpty()) {
            from = Long.parseLong(Files.readString(Path.of(resume).resolve("state.txt")).trim());
        }
        append(log, "start " + from);
        for (long step = from + 1; step <= total; step++) {
            Thread.sleep(pause);
            double epoch = (double) step / perEpoch;
            double loss = 2.0 / (1 + step * 0.1);
            append(log, "step " + step);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "{\"step\":%d,\"epoch\":%.4f,\"loss\":%.6f", step, epoch, loss));
            if (step % perEpoch == 0) line.append(String.format(Locale.ROOT, ",\"val_loss\":%.6f", loss * 1.1));
            if (step % 5 == 0) {
                Path dir = Files.createDirectories(checkpoints.resolve("step-" + step));
                Files.writeString(dir.resolve("state.txt"), Long.toString(step));
                line.append(",\"checkpoint\":\"step-").append(step).append('"');
            }
            System.out.println(line.append('}'));
            System.out.flush();
        }
        System.out.println("trainer finished: " + validation + " validation pairs");
        Files.writeString(output.resolve("adapter_config.json"), "{\"r\":8,\"lora_alpha\":16}");
        Files.write(output.resolve("adapter_model.safetensors"), ("weights after " + total + " steps")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void append(Path log, String line) throws Exception {
        Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
