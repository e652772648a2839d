package aura.application.lnn;

import java.util.Locale;

/** What a metric crossing its threshold means for the node, and what to do about it. */
enum Scenario {
    MEMORY("memory exhaustion", "restart or move the largest process, or add memory or swap before it runs out"),
    CPU("CPU saturation", "move or throttle the busiest job, or route new work to a less loaded node"),
    DISK("disk full", "delete old logs, checkpoints and caches, or move data to a larger volume"),
    NETWORK("network saturation", "defer large transfers or route traffic through another node"),
    LATENCY("latency breach", "shed load or route requests to a faster node"),
    GPU("GPU exhaustion", "pause or move a training job, or unload an idle model"),
    OTHER("threshold breach", "investigate the metric before it crosses its threshold");

    private final String name;
    private final String action;

    Scenario(String name, String action) {
        this.name = name;
        this.action = action;
    }

    static Scenario of(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        if (c.contains("mem") || c.contains("swap")) return MEMORY;
        if (c.contains("cpu") || c.contains("load")) return CPU;
        if (c.contains("disk") || c.contains("fs")) return DISK;
        if (c.contains("net") || c.contains("bandwidth")) return NETWORK;
        if (c.contains("latency") || c.contains("rtt")) return LATENCY;
        if (c.contains("gpu") || c.contains("vram")) return GPU;
        return OTHER;
    }

    /** The sentence for a driving metric with this risk within {@code horizon} steps. */
    String recommend(String metric, double risk, Integer steps, int horizon, double threshold) {
        if (risk < 0.2) {
            return String.format(Locale.ROOT, "No action needed: %s is expected to stay below %s for the next %d "
                    + "steps (risk %.0f%%).", metric, fmt(threshold), horizon, 100 * risk);
        }
        String when = steps == null ? "within " + horizon + " steps"
                : steps == 0 ? "now" : "in about " + steps + (steps == 1 ? " step" : " steps");
        String urgency = risk >= 0.5 ? "Likely " : "Possible ";
        return String.format(Locale.ROOT, "%s%s %s (%s over %s, risk %.0f%%): %s.", urgency, name, when, metric,
                fmt(threshold), 100 * risk, action);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
