package aura.adapters.out.nvidia;

import aura.domain.monitor.MetricNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * nvidia-smi's answer to {@link #QUERY}: one line per device, {@code index, utilization.gpu, memory.used,
 * memory.total, temperature.gpu} in percent, MiB, MiB and °C, read into the monitor's per-device gauges. A field
 * the device does not report (nvidia-smi writes it in brackets: {@code [N/A]}, {@code [Not Supported]}) leaves its
 * metric out; anything else that is not a number refuses the whole answer, so a changed format is never read as
 * figures.
 */
final class NvidiaSmiCsv {
    /** The driver's documented query interface, stable across driver versions (unlike the human-readable table). */
    static final List<String> QUERY = List.of(
            "--query-gpu=index,utilization.gpu,memory.used,memory.total,temperature.gpu",
            "--format=csv,noheader,nounits");
    private static final double MIB = 1024.0 * 1024.0;

    private NvidiaSmiCsv() {
    }

    /** The gauges of every device in {@code answer}, by metric name; none for an empty answer. */
    static Map<String, Double> gauges(String answer) {
        Map<String, Double> gauges = new HashMap<>();
        for (String line : answer.split("\\R")) {
            if (line.isBlank()) continue;
            String[] fields = line.split(",", -1);
            if (fields.length != 5) throw new IllegalArgumentException("not a line of nvidia-smi's answer: " + line.strip());
            String index = fields[0].strip();
            if (!index.matches("\\d{1,4}")) throw new IllegalArgumentException("not a device index: " + index);
            OptionalDouble busy = number(fields[1]);
            OptionalDouble used = number(fields[2]);
            OptionalDouble total = number(fields[3]);
            busy.ifPresent(percent -> gauges.put(device("gpu.utilization", index), percent / 100));
            used.ifPresent(mib -> gauges.put(device("gpu.memory.used_bytes", index), mib * MIB));
            total.ifPresent(mib -> gauges.put(device("gpu.memory.total_bytes", index), mib * MIB));
            if (used.isPresent() && total.isPresent() && total.getAsDouble() > 0) {
                gauges.put(device("gpu.memory.used_fraction", index), used.getAsDouble() / total.getAsDouble());
            }
            number(fields[4]).ifPresent(celsius -> gauges.put(device("gpu.temperature_c", index), celsius));
        }
        return gauges;
    }

    private static String device(String metric, String index) {
        return MetricNames.labelled(metric, index);
    }

    /** A field's figure, or none where the device does not report it. */
    private static OptionalDouble number(String field) {
        String text = field.strip();
        if (text.startsWith("[") && text.endsWith("]")) return OptionalDouble.empty();
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value >= 0) return OptionalDouble.of(value);
        } catch (NumberFormatException ignored) {
            // refused below, with the field
        }
        throw new IllegalArgumentException("not a figure of nvidia-smi's answer: " + text);
    }
}
