package aura.adapters.out.generation;

import aura.application.chat.Cancellation;
import aura.application.chat.port.GenerationBackend;
import aura.domain.chat.BackendFailure;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.mesh.BackendSettings.Continuation;
import aura.testing.StandInBackend;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both backend adapters against real HTTP stand-ins speaking Ollama's and OpenAI's streaming protocols. */
class GenerationBackendTest {
    private static GenerationBackend adapter(StandInBackend.Protocol protocol, StandInBackend server) {
        return protocol == StandInBackend.Protocol.OLLAMA ? new OllamaBackend(server.url(), ObjectMapper.getDefault())
                : new OpenAiBackend(server.url(), Optional.of("secret-key"), ObjectMapper.getDefault());
    }

    private static GenerationRequest request(String model) {
        return new GenerationRequest(model, List.of(new ChatTurn(ChatTurn.Speaker.SYSTEM, "Be brief."),
                new ChatTurn(ChatTurn.Speaker.USER, "Why liquid networks?")), OptionalInt.of(64));
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void streamsTheWholeAnswerTokenByTokenWithCounts(StandInBackend.Protocol protocol) {
        try (var server = StandInBackend.start(protocol, "llama3:8b")) {
            var backend = adapter(protocol, server);
            StringBuilder text = new StringBuilder();
            List<String> pieces = new java.util.ArrayList<>();
            var outcome = backend.generate(request("llama3:8b"), t -> { text.append(t); pieces.add(t); }, new Cancellation());
            assertThat(text.toString()).isEqualTo(StandInBackend.ANSWER);
            assertThat(pieces).hasSize(StandInBackend.tokens(StandInBackend.ANSWER).size());
            assertThat(outcome.outputTokens()).isEqualTo(pieces.size());
            assertThat(outcome.promptTokens()).isEqualTo(12);
            if (protocol == StandInBackend.Protocol.OLLAMA) {
                assertThat(outcome.reportedTokensPerSecond()).as("eval_count / eval_duration").hasValue(200.0); // the stand-in's 5 ms a token
            } else {
                assertThat(outcome.reportedTokensPerSecond()).as("OpenAI's stream reports no timing").isEmpty();
            }
            var sent = server.requests.get(0);
            assertThat(sent.get("messages").get(0).get("role").getStringValue()).isEqualTo("system");
            assertThat(sent.get("stream").getBooleanValue()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void generationsOneAfterAnotherReuseOneConnection(StandInBackend.Protocol protocol) {
        try (var server = StandInBackend.start(protocol, "llama3:8b").tokensPerSecond(1000)) {
            var backend = adapter(protocol, server);
            for (int i = 0; i < 3; i++) backend.generate(request("llama3:8b"), t -> { }, new Cancellation());
            assertThat(server.chatClientPorts).hasSize(3);
            assertThat(java.util.Set.copyOf(server.chatClientPorts)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void listsTheServedModels(StandInBackend.Protocol protocol) {
        try (var server = StandInBackend.start(protocol, "a:1b", "b:7b")) {
            assertThat(adapter(protocol, server).models()).containsExactly("a:1b", "b:7b");
            assertThat(adapter(protocol, server).loadedModels()).contains("a:1b");
        }
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void anUnreachableBackendServesNothingAndFailsClearly(StandInBackend.Protocol protocol) {
        var server = StandInBackend.start(protocol, "m");
        String url = server.url();
        server.close();
        GenerationBackend backend = protocol == StandInBackend.Protocol.OLLAMA ? new OllamaBackend(url, ObjectMapper.getDefault())
                : new OpenAiBackend(url, Optional.empty(), ObjectMapper.getDefault());
        assertThat(backend.models()).isEmpty();
        assertThatThrownBy(() -> backend.generate(request("m"), t -> { }, new Cancellation()))
                .isInstanceOf(BackendFailure.class).hasMessageContaining("cannot connect");
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void aMissingModelIsABackendFailureNamingTheStatus(StandInBackend.Protocol protocol) {
        try (var server = StandInBackend.start(protocol, "m")) {
            assertThatThrownBy(() -> adapter(protocol, server).generate(request("other"), t -> { }, new Cancellation()))
                    .isInstanceOf(BackendFailure.class).hasMessageContaining("404");
        }
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void aStreamThatDiesMidwayIsAFailureAfterThePartsThatArrived(StandInBackend.Protocol protocol) {
        try (var server = StandInBackend.start(protocol, "m").dieAfter(3)) {
            StringBuilder text = new StringBuilder();
            assertThatThrownBy(() -> adapter(protocol, server).generate(request("m"), text::append, new Cancellation()))
                    .isInstanceOf(BackendFailure.class);
            assertThat(StandInBackend.ANSWER).startsWith(text.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void aStalledStreamEndsWhenCancelled(StandInBackend.Protocol protocol) throws Exception {
        try (var server = StandInBackend.start(protocol, "m").stallAfter(2)) {
            var cancel = new Cancellation();
            var run = CompletableFuture.runAsync(() -> adapter(protocol, server).generate(request("m"), t -> { }, cancel));
            Thread.sleep(300);
            cancel.cancel();
            assertThatThrownBy(() -> run.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(BackendFailure.class)
                    .hasMessageContaining("stalled");
        }
    }

    @ParameterizedTest
    @EnumSource(StandInBackend.Protocol.class)
    void aPartialAssistantAnswerIsContinuedNotRepeated(StandInBackend.Protocol protocol) {
        try (var server = StandInBackend.start(protocol, "m").ownedBy("llamacpp")) {
            String partial = StandInBackend.ANSWER.substring(0, 40);
            StringBuilder rest = new StringBuilder();
            adapter(protocol, server).generate(request("m").continuing(partial), rest::append, new Cancellation());
            assertThat(partial + rest).isEqualTo(StandInBackend.ANSWER);
        }
    }

    private static JsonNode continuingRequestTo(StandInBackend server, GenerationBackend backend) {
        backend.generate(request("m").continuing("Liquid networks"), t -> { }, new Cancellation());
        return server.requests.get(server.requests.size() - 1);
    }

    private static String lastRole(JsonNode request) {
        JsonNode messages = request.get("messages");
        return messages.get(messages.size() - 1).get("role").getStringValue();
    }

    @Test
    void aVllmServerIsAskedToContinueTheFinalMessageConfiguredOrDetected() {
        try (var server = StandInBackend.start(StandInBackend.Protocol.OPENAI, "m").ownedBy("vllm")) {
            for (var backend : List.of(new OpenAiBackend(server.url(), Optional.empty(), ObjectMapper.getDefault()),
                    new OpenAiBackend(server.url(), Optional.empty(), Optional.of(Continuation.VLLM), ObjectMapper.getDefault()))) {
                JsonNode asked = continuingRequestTo(server, backend);
                assertThat(lastRole(asked)).isEqualTo("assistant");
                assertThat(asked.get("continue_final_message").getBooleanValue()).isTrue();
                assertThat(asked.get("add_generation_prompt").getBooleanValue()).isFalse();
            }
        }
    }

    @Test
    void aServerThatStartsOverIsAskedTheQuestionAfresh() {
        try (var openai = StandInBackend.start(StandInBackend.Protocol.OPENAI, "m").ownedBy("openai");
             var ollama = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "m")) {
            assertThat(lastRole(continuingRequestTo(openai, new OpenAiBackend(openai.url(), Optional.empty(), ObjectMapper.getDefault()))))
                    .isEqualTo("user");
            assertThat(lastRole(continuingRequestTo(ollama, new OllamaBackend(ollama.url(), Optional.of(Continuation.RESTART),
                    ObjectMapper.getDefault())))).isEqualTo("user");
            assertThat(lastRole(continuingRequestTo(ollama, new OllamaBackend(ollama.url(), ObjectMapper.getDefault()))))
                    .isEqualTo("assistant");
        }
    }

    @Test
    void aConfiguredContinuationIsTrustedOverTheModelList() {
        try (var server = StandInBackend.start(StandInBackend.Protocol.OPENAI, "m").ownedBy("vllm")) {
            var backend = new OpenAiBackend(server.url(), Optional.empty(), Optional.of(Continuation.PREFILL), ObjectMapper.getDefault());
            JsonNode asked = continuingRequestTo(server, backend);
            assertThat(lastRole(asked)).isEqualTo("assistant");
            assertThat(asked.get("continue_final_message")).isNull();
        }
    }
}
