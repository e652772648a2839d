package aura.adapters.in.web;

import aura.application.monitor.MonitorFeed;
import aura.domain.monitor.MonitorEvent;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.annotation.PreDestroy;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /ws/monitor}: every sample, score and alert state change of every node, as one JSON text message each,
 * as they happen (this node's from its sampling thread, peers' as the mesh carries them). It needs the same login
 * as /api (the upgrade request is refused without it). Each event is written once and sent to every open
 * session without waiting; a client that reads too slowly loses messages, never slows the node.
 */
@ServerWebSocket("/ws/monitor")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MonitorSocket {
    private final ObjectMapper json;
    private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
    private final Runnable stop;

    @Serdeable
    record EventView(String type, String node, Instant at, long sentAtMicros, Map<String, Double> values,
                     String detail, String state) {
    }

    MonitorSocket(MonitorFeed feed, ObjectMapper json) {
        this.json = json;
        this.stop = feed.follow(this::send);
    }

    @OnOpen
    void open(WebSocketSession session) {
        sessions.add(session);
    }

    @OnMessage
    void message(String text, WebSocketSession session) {
        // the stream is one-way; what a client says is ignored
    }

    @OnClose
    void close(WebSocketSession session) {
        sessions.remove(session);
    }

    private void send(MonitorEvent e) {
        if (sessions.isEmpty()) return;
        String text;
        try {
            Instant now = Instant.now();
            text = json.writeValueAsString(new EventView(e.type().name().toLowerCase(Locale.ROOT), e.node(), e.at(),
                    now.getEpochSecond() * 1_000_000 + now.getNano() / 1000, e.values(), e.detail(), e.state()));
        } catch (IOException failure) {
            return;
        }
        for (WebSocketSession s : sessions) {
            if (s.isOpen()) s.sendAsync(text);
            else sessions.remove(s);
        }
    }

    @PreDestroy
    void stop() {
        stop.run();
    }
}
