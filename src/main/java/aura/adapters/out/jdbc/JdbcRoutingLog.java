package aura.adapters.out.jdbc;

import aura.application.routing.port.RoutingLog;
import aura.domain.routing.Candidate;
import aura.domain.routing.Estimate;
import aura.domain.routing.RoutingDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Routing decisions in the shared database; candidates and exclusions as a JSON document. */
@Singleton
@DatabaseOutages
public class JdbcRoutingLog implements RoutingLog {
    private final RoutingDecisionRows rows;
    private final ObjectMapper json;

    public JdbcRoutingLog(RoutingDecisionRows rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Serdeable
    record EstimateDoc(String node, double seconds, double generationSeconds, double queueSeconds, double networkSeconds,
                       double loadSeconds, double tokensPerSecond, boolean measured, @Nullable String reasonLost) {
    }

    @Serdeable
    record CandidatesDoc(List<EstimateDoc> candidates, List<String> excluded) {
    }

    @Override
    public void record(Entry e) {
        RoutingDecision d = e.decision();
        Double estimated = d.candidates().isEmpty() ? null : d.candidates().get(0).estimate().seconds();
        String outcome = e.outcome().map(o -> cut(o, 500)).orElse(null);
        // The model is whatever a client of the compatible APIs named: cut to its column, the log must not fail an answer.
        rows.save(new RoutingDecisionRow(e.id(), e.at(), e.decidedOn(), cut(d.model(), 200), d.chosen().orElse(null), estimated,
                write(d), e.servedBy().orElse(null), e.actualSeconds().orElse(null), outcome, e.requestedBy().orElse(null)));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @Override
    public List<Entry> recent(int limit) {
        return rows.listOrderByAtDesc(Pageable.from(0, limit)).stream().map(this::toEntry).toList();
    }

    @Override
    public List<Entry> recentFor(String userId, int limit) {
        return rows.findByRequestedByOrderByAtDesc(userId, Pageable.from(0, limit)).stream().map(this::toEntry).toList();
    }

    @Override
    public Optional<Entry> find(String id) {
        return rows.findById(id).map(this::toEntry);
    }

    private Entry toEntry(RoutingDecisionRow r) {
        CandidatesDoc doc = read(r.candidates());
        List<Candidate> candidates = doc.candidates().stream().map(c -> new Candidate(new Estimate(c.node(), c.seconds(),
                c.generationSeconds(), c.queueSeconds(), c.networkSeconds(), c.loadSeconds(), c.tokensPerSecond(),
                c.measured()), c.reasonLost())).toList();
        var decision = new RoutingDecision(r.model(), Optional.ofNullable(r.chosen()), candidates, doc.excluded());
        return new Entry(r.id(), r.at(), r.decidedOn(), decision, Optional.ofNullable(r.servedBy()),
                Optional.ofNullable(r.actualS()), Optional.ofNullable(r.outcome()), Optional.ofNullable(r.requestedBy()));
    }

    private String write(RoutingDecision d) {
        var docs = d.candidates().stream().map(c -> {
            Estimate e = c.estimate();
            return new EstimateDoc(e.node(), e.seconds(), e.generationSeconds(), e.queueSeconds(), e.networkSeconds(),
                    e.loadSeconds(), e.tokensPerSecond(), e.measured(), c.reasonLost());
        }).toList();
        try {
            return json.writeValueAsString(new CandidatesDoc(docs, d.excluded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CandidatesDoc read(String text) {
        try {
            return json.readValue(text, CandidatesDoc.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
