package aura.domain.chat;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerProtocolTest {
    @Test
    void aRequestReadsBackAsTheSameRequest() {
        var request = new GenerationRequest("llama3:8b", List.of(new ChatTurn(ChatTurn.Speaker.SYSTEM, "brief"),
                new ChatTurn(ChatTurn.Speaker.USER, "hi"), new ChatTurn(ChatTurn.Speaker.ASSISTANT, "Hel")), OptionalInt.of(40));
        assertThat(PeerProtocol.request(PeerProtocol.request(request))).isEqualTo(request);
    }

    @Test
    void everyLineReadsBackAsTheSameLine() {
        for (PeerProtocol.Line line : List.of(new PeerProtocol.Token(" word"), new PeerProtocol.Done(12, 30),
                new PeerProtocol.Failed("ollama: out of memory"))) {
            assertThat(PeerProtocol.line(PeerProtocol.fields(line))).isEqualTo(line);
        }
    }

    @Test
    void aLineTheProtocolDoesNotKnowIsAFailureNotAnEnd() {
        assertThat(PeerProtocol.line(Map.of("x", 1))).isInstanceOf(PeerProtocol.Failed.class);
    }

    @Test
    void aRequestMissingItsModelOrMessagesOrWithAnUnknownRoleIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PeerProtocol.request(Map.of("messages", List.of(Map.of("role", "user", "content", "hi")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("model"));
        assertThatThrownBy(() -> PeerProtocol.request(Map.of("model", "m", "messages", List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("messages"));
        assertThatThrownBy(() -> PeerProtocol.request(Map.of("model", "m", "messages", List.of(Map.of("role", "boss", "content", "hi")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("messages"));
        assertThatThrownBy(() -> PeerProtocol.request(Map.of("model", "m", "maxTokens", "many",
                "messages", List.of(Map.of("role", "user", "content", "hi")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("maxTokens"));
    }
}
