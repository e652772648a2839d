package aura.adapters.out.system;

import aura.application.chat.AnswerCapacity;
import aura.application.chat.ChatSettings;
import aura.application.chat.FlushInterval;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Generation settings from {@code aura.chat.*} (see application.yml). */
@Factory
public class ChatSettingsFactory {
    @Singleton
    ChatSettings chatSettings(@Property(name = "aura.chat.first-token-timeout", defaultValue = "120s") Duration firstToken,
                              @Property(name = "aura.chat.stall-timeout", defaultValue = "20s") Duration stall,
                              @Property(name = "aura.chat.max-concurrent", defaultValue = "4") int maxConcurrent) {
        return new ChatSettings(firstToken, stall, maxConcurrent);
    }

    @Singleton
    AnswerCapacity answerCapacity(@Property(name = "aura.chat.answer-threads", defaultValue = "64") int threads,
                                  @Property(name = "aura.chat.answer-queue", defaultValue = "64") int queue) {
        return new AnswerCapacity(threads, queue);
    }

    @Singleton
    FlushInterval flushInterval(@Property(name = "aura.chat.flush-interval", defaultValue = "100ms") Duration every) {
        return new FlushInterval(every);
    }
}
