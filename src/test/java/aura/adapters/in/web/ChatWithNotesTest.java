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
    void theNotesAnAnswerCitedComeBackWithItsConversation() {
        var note = Http.parse(Http.post(base + "/api/notes", """
                {"title": "Boiler service", "body": "The boiler engineer comes on the 14th; the code for the gate is 3390."}""", token).body());
        String c = conversation();
        var events = Sse.post(base + "/api/chat/conversations/" + c + "/messages",
                "{\"content\":\"When does the boiler engineer come?\"}", token);
        var streamed = Sse.first(events, "context").data().get("notes");
        String answerId = Sse.first(events, "done").data().get("messageId").getStringValue();

        var messages = Http.parse(Http.get(base + "/api/chat/conversations/" + c, token).body()).get("messages");
        var answer = messages.get(1);
        assertThat(answer.get("id").getStringValue()).isEqualTo(answerId);
        var stored = answer.get("citations");
        assertThat(stored.get(0).get("id").getStringValue()).isEqualTo(note.get("id").getStringValue());
        assertThat(stored.get(0).get("title").getStringValue()).isEqualTo("Boiler service");
        assertThat(Http.text(stored)).isEqualTo(Http.text(streamed));
        assertThat(Http.text(messages.get(0).get("citations"))).isEqualTo("[]");
        Http.delete(base + "/api/notes/" + note.get("id").getStringValue(), token);
    }

    @Test
    void aPinnedNoteGoesIntoEveryPrompt() {
        Http.post(base + "/api/notes", "{\"title\": \"About me\", \"body\": \"I answer to Robbie and live in Leeds.\", \"pinned\": true}", token);
        var events = Sse.post(base + "/api/chat/conversations/" + conversation() + "/messages",
                "{\"content\":\"Explain photosynthesis briefly.\"}", token);
        assertThat(Http.text(Sse.first(events, "context").data())).contains("About me");
        assertThat(sentWith("photosynthesis")).contains("live in Leeds");
    }

    @Test
    void notesTurnedOffForAConversationStayOutOfItsPromptAndItsStream() {
        Http.post(base + "/api/notes", "{\"title\": \"Dentist\", \"body\": \"The dentist appointment is on Friday at nine.\", \"pinned\": true}", token);
        String quiet = conversation();
        assertThat(Http.parse(Http.get(base + "/api/chat/conversations/" + quiet, token).body()).get("notes").getBooleanValue()).isTrue();

        var turned = Http.send("PUT", base + "/api/chat/conversations/" + quiet + "/notes", "{\"notes\": false}", token);
        assertThat(turned.statusCode()).isEqualTo(200);
        assertThat(Http.parse(Http.get(base + "/api/chat/conversations/" + quiet, token).body()).get("notes").getBooleanValue()).isFalse();

        var events = Sse.post(base + "/api/chat/conversations/" + quiet + "/messages",
                "{\"content\":\"When is my dentist appointment, off the record?\"}", token);
        assertThat(events).extracting(Sse.Event::name).doesNotContain("context").contains("route", "done");
        assertThat(sentWith("off the record")).doesNotContain("Friday at nine").doesNotContain("Notes the person saved");

        // the other conversations still take notes along, and turning it back on brings them back
        assertThat(Http.text(Sse.first(Sse.post(base + "/api/chat/conversations/" + conversation() + "/messages",
                "{\"content\":\"When is my dentist appointment this week?\"}", token), "context").data())).contains("Dentist");
        Http.send("PUT", base + "/api/chat/conversations/" + quiet + "/notes", "{\"notes\": true}", token);
        assertThat(Sse.first(Sse.post(base + "/api/chat/conversations/" + quiet + "/messages",
                "{\"content\":\"And the dentist again, on the record?\"}", token), "context")).isNotNull();
    }

    @Test
    void theNotesSwitchRefusesAMissingValueAndAnotherPersonsConversation() {
        String c = conversation();
        var empty = Http.send("PUT", base + "/api/chat/conversations/" + c + "/notes", "{}", token);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.parse(empty.body()).get("field").getStringValue()).isEqualTo("notes");
        var wrongType = Http.send("PUT", base + "/api/chat/conversations/" + c + "/notes", "{\"notes\": \"no\"}", token);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(Http.send("PUT", base + "/api/chat/conversations/nope/notes", "{\"notes\": false}", token).statusCode()).isEqualTo(404);
        assertThat(Http.parse(Http.get(base + "/api/chat/conversations/" + c, token).body()).get("notes").getBooleanValue()).isTrue();
    }

    @Test
    void rememberThisMakesANoteOfAQuestionOrAnAnswerAndOffersTheSameNoteOnASecondTry() {
        String c = conversation();
        var events = Sse.post(base + "/api/chat/conversations/" + c + "/messages",
                "{\"content\":\"My passport number ends in 4471 and it expires in 2031.\"}", token);
        String answerId = Sse.first(events, "done").data().get("messageId").getStringValue();
        var messages = Http.parse(Http.get(base + "/api/chat/conversations/" + c, token).body()).get("messages");
        String questionId = messages.get(0).get("id").getStringValue();

        var kept = Http.post(base + "/api/chat/conversations/" + c + "/messages/" + questionId + "/remember", "", token);
        assertThat(kept.statusCode()).isEqualTo(201);
        var note = Http.parse(kept.body());
        assertThat(note.get("body").getStringValue()).isEqualTo("My passport number ends in 4471 and it expires in 2031.");
        assertThat(note.get("title").getStringValue()).isEqualTo("My passport number ends in 4471 and it expires in 2031.");
        assertThat(Http.text(note.get("tags"))).contains("chat");
        String noteId = note.get("id").getStringValue();
        assertThat(Http.get(base + "/api/notes/" + noteId, token).statusCode()).isEqualTo(200);

        var again = Http.post(base + "/api/chat/conversations/" + c + "/messages/" + questionId + "/remember", "", token);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.parse(again.body()).get("similar").get("id").getStringValue()).isEqualTo(noteId);

        var answer = Http.post(base + "/api/chat/conversations/" + c + "/messages/" + answerId + "/remember", "", token);
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(Http.parse(answer.body()).get("body").getStringValue()).isEqualTo(StandInBackend.ANSWER);

        assertThat(Http.post(base + "/api/chat/conversations/" + c + "/messages/unknown/remember", "", token).statusCode()).isEqualTo(404);
        assertThat(Http.post(base + "/api/chat/conversations/unknown/messages/" + answerId + "/remember", "", token).statusCode()).isEqualTo(404);
        var badForce = Http.post(base + "/api/chat/conversations/" + c + "/messages/" + answerId + "/remember?force=maybe", "", token);
        assertThat(badForce.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badForce.body()).get("field").getStringValue()).isEqualTo("force");
        // the other tests' questions should not meet these notes
        Http.delete(base + "/api/notes/" + noteId, token);
        Http.delete(base + "/api/notes/" + Http.parse(answer.body()).get("id").getStringValue(), token);
    }

    /** What the backend was sent for the question holding {@code words}. */
    private String sentWith(String words) {
        return model.requests.stream().map(Http::text).filter(t -> t.contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("the backend was never asked about " + words));
    }
}
