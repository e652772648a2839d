package aura.adapters.in.cli;

import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * The node's own bean wiring for the commands that compute on files ({@code tda}, {@code lnn}): the same use cases
 * and adapters the web door is given, without the web server, the timers, the database or Redis, none of which
 * these commands need. The data source would otherwise be created (and migrated) at start, so it is switched off.
 */
final class CommandContext {
    private CommandContext() {
    }

    static ApplicationContext start() {
        return start(Map.of());
    }

    /** With the command's own settings besides, such as where it writes. */
    static ApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of("aura.cli", "true", "aura.mode", "solo",
                "micronaut.server.enabled", "false", "datasources.default.enabled", "false", "flyway.enabled", "false"));
        properties.putAll(settings);
        return ApplicationContext.builder().deduceEnvironment(false).banner(false).properties(properties).start();
    }
}
