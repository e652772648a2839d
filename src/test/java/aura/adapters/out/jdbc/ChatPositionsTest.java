package aura.adapters.out.jdbc;

import aura.adapters.in.cli.NodeLauncher;
import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.Conversations;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.Conversation;
import aura.domain.chat.MessageState;
import aura.domain.mesh.Inventory;
import aura.adapters.in.cli.NodeSettings;
import aura.adapters.in.cli.StartupRequest;
import aura.testing.Services;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Message positions on the real Postgres: allocated atomically under concurrency, and guarded by a unique key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPositionsTest {
    @TempDir
    static Path dataDir;
    private ApplicationContext node;
    private ChatMessages messages;
    private Conversations conversations;

    @BeforeAll
    void start() {
        var request = new StartupRequest(Optional.of("positions"), Optional.empty(), Optional.of(Services.freePort()),
                "host", "1.0", dataDir.toString());
        var env = Map.of("AURA_DB_URL", Services.freshDatabase("chat_positions"), "AURA_DB_USER", "postgres",
                "AURA_REDIS_URL", Services.redis());
        node = NodeLauncher.start(NodeSettings.resolve(request, Inventory.empty(), env));
        messages = node.getBean(ChatMessages.class);
        conversations = node.getBean(Conversations.class);
    }

    @AfterAll
    void stop() {
        node.close();
    }

    private Conversation conversation() {
        var now = Instant.now();
        var c = new Conversation(UUID.randomUUID().toString(), "u1", "t", "assistant", Optional.of("m"), now, now);
        conversations.save(c);
        return c;
    }

    private ChatMessage question(Conversation c, long seq) {
        return ChatMessage.question(UUID.randomUUID().toString(), c.id(), seq, "q" + seq, "positions", "m", Instant.now());
    }

    @Test
    void concurrentSendersEachGetAPositionOfTheirOwn() throws Exception {
        Conversation c = conversation();
        var pool = Executors.newFixedThreadPool(16);
        var go = new CountDownLatch(1);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            claims.add(pool.submit((Callable<List<Long>>) () -> {
                go.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    long seq = messages.claimPosition(c.id());
                    messages.add(question(c, seq));
                    // a rename or a touch at the same time must not move the counter back
                    conversations.save(c.touched(Instant.now()));
                    mine.add(seq);
                }
                return mine;
            }));
        }
        go.countDown();
        List<Long> all = new ArrayList<>();
        for (var f : claims) all.addAll(f.get());
        pool.shutdown();
        assertThat(all).doesNotHaveDuplicates().hasSize(400);
        assertThat(messages.of(c.id())).extracting(ChatMessage::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 400).boxed().toList());
    }

    @Test
    void aRepeatedPositionIsRefusedByTheDatabase() {
        Conversation c = conversation();
        long seq = messages.claimPosition(c.id());
        messages.add(question(c, seq));
        assertThatThrownBy(() -> messages.add(question(c, seq))).isInstanceOf(RuntimeException.class);
        assertThat(messages.of(c.id())).hasSize(1);
    }

    @Test
    void aStreamingAnswerIsWrittenOnlyByItsOwnerAndAPartialOneIsTakenOverOnce() {
        Conversation c = conversation();
        var question = question(c, messages.claimPosition(c.id()));
        messages.add(question);
        var answer = ChatMessage.answering(question, UUID.randomUUID().toString(), messages.claimPosition(c.id()),
                Optional.of("gpu"), "m", "d1", "alpha", Instant.now());
        messages.add(answer);
        assertThat(messages.updateIfOwnedBy(answer.withProgress("Hello", MessageState.STREAMING, Optional.of("gpu")), "beta")).isFalse();
        assertThat(messages.updateIfOwnedBy(answer.withProgress("Hello", MessageState.STREAMING, Optional.of("gpu")), "alpha")).isTrue();
        assertThat(messages.streaming()).extracting(ChatMessage::id).contains(answer.id());

        var partial = answer.withProgress("Hello", MessageState.STREAMING, Optional.of("gpu"))
                .finished("Hello", MessageState.PARTIAL, "gpu", 0, 0, 0, 0, Optional.of("alpha stopped"));
        assertThat(messages.updateIfOwnedBy(partial, "alpha")).isTrue();
        assertThat(messages.updateIfOwnedBy(answer.withProgress("Hello there", MessageState.STREAMING, Optional.of("gpu")), "alpha"))
                .as("the old owner cannot write once it was released").isFalse();
        assertThat(messages.takeOver(answer.id(), "beta")).isTrue();
        assertThat(messages.takeOver(answer.id(), "gamma")).isFalse();
        var stored = messages.message(answer.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(MessageState.STREAMING);
        assertThat(stored.owner()).contains("beta");
        assertThat(stored.content()).isEqualTo("Hello");
        assertThat(stored.replyTo()).contains(question.id());
        assertThat(stored.note()).isEmpty();
    }
}
