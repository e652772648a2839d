package aura.testing;

import aura.application.monitor.port.MetricHistory;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MinuteRollup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A metric history that keeps only what a sampler or the detector writes: the points, in {@link #points}. */
public final class StoredPoints implements MetricHistory {
    public final List<MetricPoint> points = new ArrayList<>();

    @Override public void append(List<MetricPoint> p) { points.addAll(p); }
    @Override public List<MetricPoint> points(String n, String m, Instant f, Instant t) { return List.of(); }
    @Override public List<MetricPoint> pointsOf(String n, Instant f, Instant t) { return List.of(); }
    @Override public List<MetricPoint> latest(String n) { return List.of(); }
    @Override public List<MinuteRollup> rollups(String n, String m, Instant f, Instant t) { return List.of(); }
    @Override public void saveRollups(List<MinuteRollup> r) { }
    @Override public Optional<Instant> lastRolledMinute(String n) { return Optional.empty(); }
    @Override public Optional<Instant> firstSample(String n, Instant nb) { return Optional.empty(); }
    @Override public void registerSeries(String n, Set<String> m) { }
    @Override public Set<String> series(String n) { return Set.of(); }
    @Override public Set<String> nodes() { return Set.of(); }
    @Override public Pruned prune(String n, Instant r, Instant u) { return new Pruned(0, 0); }
}
