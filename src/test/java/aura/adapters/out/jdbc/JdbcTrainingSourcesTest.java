package aura.adapters.out.jdbc;

import aura.domain.training.DatasetTable;
import aura.domain.training.PromptPair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training rows from the mesh's own tables on Postgres: a node's metric history as a table, a column a metric and
 * a row a sampling time; the answered questions of a persona's conversations as prompt-completion pairs, only the
 * job owner's, only up to the time the job was asked for.
 */
class JdbcTrainingSourcesTest extends OnPostgres {
    private void sample(String node, String metric, int minute, double value) {
        sql("INSERT INTO metric_sample (node, metric, at, val) VALUES ('" + node + "', '" + metric + "', TIMESTAMP "
                + "WITH TIME ZONE '" + minutesAfterT0(minute) + "', " + value + ")");
    }

    @Test
    void aNodesMetricHistoryIsATableOfItsCompleteSamplingsUpToTheJob() {
        sql("DELETE FROM metric_sample");
        sql("INSERT INTO metric_series (node, metric) VALUES ('box', 'cpu'), ('box', 'memory')");
        for (int m = 0; m < 5; m++) {
            sample("box", "cpu", m, 0.1 * m);
            if (m != 2) sample("box", "memory", m, 0.5);
        }
        sample("other", "cpu", 1, 9);
        var sources = bean(JdbcTrainingSources.class);

        DatasetTable table = sources.metricHistory("box", minutesAfterT0(3)).orElseThrow();

        assertThat(table.columns()).containsExactly("cpu", "memory");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.numbers(List.of("cpu"))[2][0]).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(sources.metricHistory("nowhere", minutesAfterT0(3))).isEmpty();
    }

    private void conversation(String id, String user, String persona, int minute, String... turns) {
        sql("INSERT INTO conversation (id, user_id, title, persona, created, updated) VALUES ('" + id + "', '" + user
                + "', 't', '" + persona + "', TIMESTAMP WITH TIME ZONE '" + minutesAfterT0(minute) + "', TIMESTAMP WITH "
                + "TIME ZONE '" + minutesAfterT0(minute) + "')");
        for (int i = 0; i < turns.length; i += 2) {
            String q = id + "-q" + i;
            insertMessage(q, id, i + 1, "USER", turns[i], "COMPLETE", null, minute);
            insertMessage(id + "-a" + i, id, i + 2, "ASSISTANT", turns[i + 1], i == turns.length - 2 && turns[i + 1]
                    .startsWith("partial") ? "PARTIAL" : "COMPLETE", q, minute);
        }
    }

    private void insertMessage(String id, String conversation, int seq, String speaker, String content, String state,
                               String replyTo, int minute) {
        sql("INSERT INTO chat_message (id, conversation_id, seq, speaker, content, state, prompt_tokens, output_tokens, "
                + "first_token_ms, total_ms, created, reply_to) VALUES ('" + id + "', '" + conversation + "', " + seq
                + ", '" + speaker + "', '" + content + "', '" + state + "', 0, 0, 0, 0, TIMESTAMP WITH TIME ZONE '"
                + minutesAfterT0(minute) + "', " + (replyTo == null ? "NULL" : "'" + replyTo + "'") + ")");
    }

    @Test
    void aPersonasConversationsArePairsOfTheOwnersCompleteAnswers() {
        sql("DELETE FROM conversation");
        sql("DELETE FROM persona WHERE name = 'tutor'");
        sql("INSERT INTO persona (name, description, system_prompt, built_in) VALUES ('tutor', 'd', 'p', FALSE)");
        conversation("c1", "ann", "tutor", 1, "2+2?", "4", "3+3?", "partial 6");
        conversation("c2", "ann", "tutor", 2, "capital of France?", "Paris");
        conversation("c3", "bob", "tutor", 2, "bob asks", "bob is answered");
        conversation("c4", "ann", "other", 2, "elsewhere", "not this persona");
        conversation("c5", "ann", "tutor", 30, "later", "after the job");
        var sources = bean(JdbcTrainingSources.class);

        List<PromptPair> pairs = sources.conversations("tutor", "ann", minutesAfterT0(10));

        assertThat(pairs).containsExactly(new PromptPair("c1", "2+2?", "4"),
                new PromptPair("c2", "capital of France?", "Paris"));
        assertThat(sources.personaExists("tutor")).isTrue();
        assertThat(sources.personaExists("nobody")).isFalse();
    }

    @Test
    void theSplitIsTheSameEveryTimeAndKeepsAConversationTogether() {
        var a = new PromptPair("conversation-7", "q1", "a1");
        var b = new PromptPair("conversation-7", "q2", "a2");
        assertThat(a.split()).isEqualTo(b.split());
        long train = java.util.stream.IntStream.range(0, 1000)
                .filter(i -> new PromptPair("c" + i, "", "").split() == PromptPair.Split.TRAIN).count();
        assertThat(train).isBetween(740L, 860L);
    }
}
