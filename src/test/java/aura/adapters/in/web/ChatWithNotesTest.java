package aura.adapters.in.web;

import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Sse;
import aura.testing.StandInBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Chat asks memory first: the person's relevant notes go into the prompt, and the stream says which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatWithNotesTest {
    @TempDir
    static Path dataDir;
    private StandInBackend model;
    private InProcessNode node;
    private String base;
    private String token;

    @BeforeAll
    void start() {
        model = StandInBackend.start(StandInBackend.Protocol.OLLAMA, "llama3:8b");
        node = InProcessNode.solo(dataDir, "solo", Map.of("AURA_BACKEND", model.spec()));
        base = node.base();
        token = node.adminToken();
    }

    @AfterAll
    void stop() {
        node.close();
        model.close();
    }

    private String conversation() {
        var created = Http.post(base + "/api/chat/conversations", "{\"title\":\"t\",\"model\":\"llama3:8b\"}", token);
        return Http.parse(created.body()).get("id").getStringValue();
    }

    @Test
    void aRelevantNoteGoesIntoThePromptAndTheStreamNamesItBeforeTheFirstToken() {
        var note = Http.parse(Http.post(base + "/api/notes", """
                {"title": "Emma's birthday wish", "body": "She keeps asking for a red bicycle and a paint set."}""", token).body());
        Http.post(base + "/api/notes", "{\"title\": \"Car insurance\", \"body\": \"Renew the policy before March.\"}", token);

        var events = Sse.post(base + "/api/chat/conversations/" + conversation() + "/messages",
                "{\"content\":\"What should I get my daughter as a present?\"}", token);

        assertThat(events.get(0).name()).isEqualTo("context");
        var cited = events.get(0).data().get("notes");
        assertThat(cited.get(0).get("id").getStringValue()).isEqualTo(note.get("id").getStringValue());
        assertThat(cited.get(0).get("title").getStringValue()).isEqualTo("Emma's birthday wish");
        assertThat(Http.text(cited)).doesNotContain("Car insurance");
        String prompt = sentWith("as a present");
        assertThat(prompt).contains("red bicycle and a paint set").contains("Emma's birthday wish").doesNotContain("Renew the policy");
        assertThat(Sse.first(events, "done")).isNotNull();
    }

    @Test
    void aPinnedNoteGoesIntoEveryPrompt() {
        Http.post(base + "/api/notes", "{\"title\": \"About me\", \"body\": \"I answer to Robbie and live in Leeds.\", \"pinned\": true}", token);
        var events = Sse.post(base + "/api/chat/conversations/" + conversation() + "/messages",
                "{\"content\":\"Explain photosynthesis briefly.\"}", token);
        assertThat(Http.text(Sse.first(events, "context").data())).contains("About me");
        assertThat(sentWith("photosynthesis")).contains("live in Leeds");
    }

    /** What the backend was sent for the question holding {@code words}. */
    private String sentWith(String words) {
        return model.requests.stream().map(Http::text).filter(t -> t.contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("the backend was never asked about " + words));
    }
}
