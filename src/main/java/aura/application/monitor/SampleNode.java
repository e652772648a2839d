package aura.application.monitor;

import aura.application.mesh.GenerationFailures;
import aura.application.mesh.GenerationLoad;
import aura.application.monitor.port.MetricHistory;
import aura.application.monitor.port.Telemetry;
import aura.application.node.ThisNode;
import aura.domain.mesh.ServedModel;
import aura.domain.monitor.CounterRates;
import aura.domain.monitor.MetricNames;
import aura.domain.monitor.MonitorEvent;
import aura.domain.monitor.Reading;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Takes one sample of this node: every telemetry source (host, GPUs, HTTP server), the generations running and
 * waiting, the best measured tokens per second and the backend's failures; counters become per-second rates.
 * The sample is told to the monitor's feed, stored in the metric history and returned. One scheduler calls it; a source that fails is left out of that sample, never the whole sample.
 */
@Singleton
public class SampleNode {
    private final ThisNode thisNode;
    private final List<Telemetry> sources;
    private final GenerationLoad load;
    private final GenerationFailures failures;
    private final MetricHistory history;
    private final MonitorFeed feed;
    private final Clock clock;
    private final CounterRates rates = new CounterRates();

    public SampleNode(ThisNode thisNode, List<Telemetry> sources, GenerationLoad load, GenerationFailures failures,
                      MetricHistory history, MonitorFeed feed, Clock clock) {
        this.feed = feed;
        this.thisNode = thisNode;
        this.sources = List.copyOf(sources);
        this.load = load;
        this.failures = failures;
        this.history = history;
        this.clock = clock;
    }

    public synchronized Sample sample() {
        Instant at = clock.instant();
        Map<String, Double> values = new TreeMap<>();
        Map<String, Double> counters = new TreeMap<>();
        for (Telemetry source : sources) {
            Reading r = read(source, at);
            putFinite(values, r.gauges());
            putFinite(counters, r.counters());
        }
        values.put("generation.active", (double) load.activeGenerations());
        values.put("generation.queued", (double) load.queuedGenerations());
        values.put("generation.tokens_per_s", bestSpeed());
        counters.put("generation.backend_errors", (double) failures.backendFailures());
        putFinite(values, rates.rates(at, counters));
        Sample sample = new Sample(thisNode.name(), at, values);
        feed.publish(MonitorEvent.sample(sample)); // followers do not wait for the database
        history.registerSeries(thisNode.name(), sample.values().keySet()); // the store writes new ones only
        history.append(sample.points());
        return sample;
    }

    private static Reading read(Telemetry source, Instant at) {
        try {
            return source.read();
        } catch (RuntimeException e) {
            return Reading.empty(at);
        }
    }

    private double bestSpeed() {
        try {
            return load.servedModels().stream().mapToDouble(ServedModel::tokensPerSecond).max().orElse(0);
        } catch (RuntimeException e) {
            return 0; // the backend's model list is unreachable: nothing was generated from it either
        }
    }

    private static void putFinite(Map<String, Double> into, Map<String, Double> from) {
        from.forEach((k, v) -> {
            if (v != null && Double.isFinite(v) && MetricNames.valid(k)) into.put(k, v);
        });
    }
}
