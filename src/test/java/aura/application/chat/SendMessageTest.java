package aura.application.chat;

import aura.application.policy.InMemoryPolicies;
import aura.application.auth.Caller;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.ChatTurn;
import aura.domain.chat.Conversation;
import aura.domain.chat.MessageState;
import aura.domain.chat.Persona;
import aura.domain.mesh.Inventory;
import aura.application.node.ThisNode;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import aura.domain.problem.Unavailable;
import aura.domain.routing.RoutingDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SendMessage with its pieces over in-memory ports: no framework, no database. */
class SendMessageTest {
    static final ThisNode NODE = new ThisNode(new NodeIdentity("laptop", Role.LAPTOP, Mode.SOLO, "1"), "127.0.0.1", 3000, false);
    static final Caller ANN = new Caller("ann", "ann", false, "s1");
    static final Caller BOB = new Caller("bob", "bob", false, "s2");

    final InMemoryChat chat = new InMemoryChat();
    final ScriptedGeneration generation = new ScriptedGeneration();
    final Clock clock = Clock.systemUTC();
    final AnswerFlusher flusher = new AnswerFlusher(new FlushInterval(Duration.ofMillis(10)));
    InMemoryPolicies policies = InMemoryPolicies.none();

    SendMessage sendMessage(AnswerCapacity capacity) {
        var answers = new BackgroundAnswers(generation, chat, flusher, NODE, clock, capacity);
        return new SendMessage(chat, chat, new ConversationPrompt(chat, chat.personas()), answers, NODE, clock, ChatMemory.NONE,
                policies.admit(), policies, chat, chat, chat.personas(), chat);
    }

    Conversation conversation(Caller owner) {
        var now = Instant.now();
        var c = new Conversation("c-" + System.nanoTime(), owner.userId(), "t", Persona.DEFAULT, Optional.of("llama3"), now, now);
        chat.save(c);
        return c;
    }

    static SendMessage.Command ask(Conversation c, String question) {
        return new SendMessage.Command(c.id(), question, Optional.empty(), OptionalInt.empty());
    }

    @AfterEach
    void stop() {
        generation.release();
        flusher.close();
    }

    /** Counts finished answers, so a test can wait for them. */
    static class Finished implements AnswerListener {
        final CountDownLatch latch;

        Finished(int answers) {
            latch = new CountDownLatch(answers);
        }

        public void route(String a, String d, RoutingDecision r) { }
        public void token(String t) { }
        public void failover(String f, String t, String r) { }
        public void done(Done d) { latch.countDown(); }
        public void failed(Failed f) { latch.countDown(); }

        void await() throws InterruptedException {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("every answer finished").isTrue();
        }
    }

    static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.get(); i++) Thread.sleep(20);
        assertThat(condition.get()).isTrue();
    }

    @Test
    void eachAnswerIsGeneratedForItsOwnQuestion() throws Exception {
        var send = sendMessage(new AnswerCapacity(32, 32));
        var c = conversation(ANN);
        var finished = new Finished(20);
        var pool = Executors.newFixedThreadPool(20);
        var start = new CountDownLatch(1);
        for (int i = 0; i < 20; i++) {
            String question = "question " + i;
            pool.execute(() -> {
                try {
                    start.await();
                    send.send(ANN, ask(c, question), finished);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        finished.await();
        pool.shutdown();

        List<String> asked = generation.requests.stream()
                .map(r -> r.turns().get(r.turns().size() - 1).content()).sorted().toList();
        assertThat(asked).isEqualTo(IntStream.range(0, 20).mapToObj(i -> "question " + i).sorted().toList());
        List<ChatMessage> stored = chat.of(c.id());
        assertThat(stored).hasSize(40);
        assertThat(stored.stream().map(ChatMessage::seq).collect(Collectors.toSet())).hasSize(40);
        for (ChatMessage answer : stored.stream().filter(m -> m.speaker() == ChatTurn.Speaker.ASSISTANT).toList()) {
            ChatMessage question = chat.message(answer.replyTo().orElseThrow()).orElseThrow();
            assertThat(answer.content()).isEqualTo(ScriptedGeneration.answerTo(question.content()));
            assertThat(answer.state()).isEqualTo(MessageState.COMPLETE);
            assertThat(answer.seq()).isGreaterThan(question.seq());
        }
    }

    @Test
    void thePromptIsTheConversationUpToTheQuestionWithEachAnswerAfterItsQuestion() throws Exception {
        var send = sendMessage(new AnswerCapacity(4, 4));
        var c = conversation(ANN);
        var first = new Finished(1);
        send.send(ANN, ask(c, "one"), first);
        first.await();
        var second = new Finished(1);
        send.send(ANN, ask(c, "two"), second);
        second.await();
        var turns = generation.requests.get(1).turns();
        assertThat(turns).extracting(ChatTurn::speaker).containsExactly(ChatTurn.Speaker.SYSTEM, ChatTurn.Speaker.USER,
                ChatTurn.Speaker.ASSISTANT, ChatTurn.Speaker.USER);
        assertThat(turns).extracting(ChatTurn::content).endsWith("one", ScriptedGeneration.answerTo("one"), "two");
    }

    @Test
    void aSaturatedNodeRefusesWithRetryAfterInsteadOfQueueingWithoutLimit() throws Exception {
        generation.holdAfter(1);
        var send = sendMessage(new AnswerCapacity(1, 1));
        var c = conversation(ANN);
        var finished = new Finished(2);
        send.send(ANN, ask(c, "runs"), finished);
        send.send(ANN, ask(c, "waits"), finished);

        assertThatThrownBy(() -> send.send(ANN, ask(c, "refused"), finished))
                .isInstanceOfSatisfying(Unavailable.class, e -> assertThat(e.retryAfter()).isPresent());
        assertThat(chat.of(c.id()).stream().filter(m -> m.speaker() == ChatTurn.Speaker.USER))
                .extracting(ChatMessage::content).containsExactly("runs", "waits");

        generation.release();
        finished.await();
        var later = new Finished(1);
        send.send(ANN, ask(c, "room again"), later);
        later.await();
    }

    @Test
    void whatWasShownBeforeAStallIsStored() throws Exception {
        generation.holdAfter(2);
        var send = sendMessage(new AnswerCapacity(4, 4));
        var c = conversation(ANN);
        List<String> shown = new ArrayList<>();
        send.send(ANN, ask(c, "stall"), new Finished(1) {
            @Override
            public void token(String t) {
                synchronized (shown) { shown.add(t); }
            }
        });
        eventually(() -> { synchronized (shown) { return shown.size() == 2; } });
        eventually(() -> chat.of(c.id()).size() == 2 && chat.of(c.id()).get(1).content().equals(String.join("", shown)));
        assertThat(chat.of(c.id()).get(1).state()).isEqualTo(MessageState.STREAMING);
        assertThat(chat.of(c.id()).get(1).owner()).contains("laptop");
    }

    @Test
    void anAnswerAnotherNodeReleasedIsNoLongerWrittenByItsOldOwner() throws Exception {
        generation.holdAfter(2);
        var send = sendMessage(new AnswerCapacity(4, 4));
        var c = conversation(ANN);
        var finished = new Finished(1);
        send.send(ANN, ask(c, "lapse"), finished);
        eventually(() -> chat.of(c.id()).size() == 2 && chat.of(c.id()).get(1).content().equals("answer to:"));
        // another node that no longer sees this node's heartbeat releases the answer
        var lead = new ThisNode(new NodeIdentity("lead", Role.LEAD, Mode.MESH, "1"), "127.0.0.1", 3000, false);
        assertThat(new ReleaseOrphanedAnswers(chat, ContinueAnswerTest.live("lead"), lead).release()).isEqualTo(1);
        String released = chat.of(c.id()).get(1).content();

        generation.release();
        finished.await();
        assertThat(chat.of(c.id()).get(1).state()).isEqualTo(MessageState.PARTIAL);
        assertThat(chat.of(c.id()).get(1).content()).isEqualTo(released);
    }

    @Test
    void aListenerThatFailsIsDetachedAndTheAnswerIsStillStored() throws Exception {
        var send = sendMessage(new AnswerCapacity(4, 4));
        var c = conversation(ANN);
        send.send(ANN, ask(c, "bye"), new Finished(1) {
            @Override
            public void token(String t) {
                throw new IllegalStateException("the browser went away");
            }
        });
        eventually(() -> chat.of(c.id()).size() == 2 && chat.of(c.id()).get(1).state() == MessageState.COMPLETE);
        assertThat(chat.of(c.id()).get(1).content()).isEqualTo(ScriptedGeneration.answerTo("bye"));
        assertThat(chat.of(c.id()).get(1).owner()).isEmpty();
    }

    @Test
    void badInputAndOtherPeoplesConversationsAreRefusedAndNothingIsStored() {
        var send = sendMessage(new AnswerCapacity(4, 4));
        var c = conversation(ANN);
        assertThatThrownBy(() -> ask(c, "  ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).contains("content"));
        assertThatThrownBy(() -> new SendMessage.Command(c.id(), "hi", Optional.empty(), OptionalInt.of(0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("maxTokens"));
        assertThatThrownBy(() -> new SendMessage.Command(c.id(), "hi", Optional.of("m".repeat(201)), OptionalInt.empty()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).contains("model"));
        assertThatThrownBy(() -> send.send(BOB, ask(c, "mine now"), AnswerListener.NONE)).isInstanceOf(NotFound.class);
        assertThat(chat.of(c.id())).isEmpty();
        assertThat(generation.requests).isEmpty();
    }
}
