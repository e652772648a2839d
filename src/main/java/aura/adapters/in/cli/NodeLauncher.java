package aura.adapters.in.cli;

import aura.domain.mesh.MeshConnection;
import aura.adapters.in.cli.NodeSettings;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.OwnAlertRule;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.runtime.Micronaut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the node's application context from resolved settings: the mode picks the database (H2 file in the data
 * directory, or the mesh's Postgres) and switches the Redis or in-process adapters on.
 */
public final class NodeLauncher {
    private NodeLauncher() {
    }

    public static ApplicationContext start(NodeSettings settings) {
        return start(settings, Map.of());
    }

    /** With settings of the serve command's own besides (mDNS). */
    static ApplicationContext start(NodeSettings settings, Map<String, Object> more) {
        createDataDir(settings);
        Map<String, Object> properties = properties(settings);
        properties.putAll(more);
        return Micronaut.build(new String[0])
                // a bad setting (a refusal behind the bean that read it) is answered by the command line, exit 2
                // and one line; Micronaut would log its stack trace and exit 1
                .mapError(BeanInstantiationException.class, e -> AuraCommand.refusal(e).isPresent() ? 0 : 1)
                .mainClass(NodeLauncher.class)
                .banner(false)
                .deduceEnvironment(false)
                .properties(properties)
                .singletons(beans(settings))
                .start();
    }

    /** The node's beans and database, without the web server or timers: for one-off commands. */
    public static ApplicationContext startWithoutServer(NodeSettings settings) {
        createDataDir(settings);
        Map<String, Object> p = properties(settings);
        p.put("aura.cli", "true");
        p.put("micronaut.server.enabled", "false");
        return ApplicationContext.builder().deduceEnvironment(false).banner(false).properties(p).singletons(beans(settings)).start();
    }

    /**
     * What the core is given of the settings: this node's identity and address, the inventory, the alert rules in
     * force, and the backend when one is named. The rest becomes configuration for the adapters that need it.
     */
    private static Object[] beans(NodeSettings settings) {
        List<Object> beans = new ArrayList<>(List.of(settings.thisNode(), settings.inventory(), alertRules(settings)));
        settings.backend().ifPresent(beans::add);
        return beans.toArray();
    }

    /** The defaults with the inventory's rules and the data directory's rules file ({@code alert-rules.yml}). */
    static AlertRules alertRules(NodeSettings settings) {
        List<OwnAlertRule> own = new ArrayList<>(settings.alertRules());
        own.addAll(AlertRulesYaml.inDataDir(Path.of(settings.dataDir())));
        return AlertRulesYaml.inForce(own);
    }

    static Map<String, Object> properties(NodeSettings settings) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", settings.port());
        p.put("aura.mode", settings.identity().mode().wireName());
        p.put("aura.node.name", settings.identity().name());
        p.put("aura.mesh.name", settings.meshName());
        p.put("aura.data-dir", settings.dataDir());
        settings.mesh().ifPresent(mesh -> p.put("aura.redis.url", mesh.redisUrl()));
        settings.webhookUrl().ifPresent(url -> p.put("aura.monitor.webhook-url", url));
        settings.mesh().ifPresentOrElse(mesh -> meshDatabase(p, mesh), () -> soloDatabase(p, settings.dataDir()));
        return p;
    }

    private static void soloDatabase(Map<String, Object> p, String dataDir) {
        p.put("datasources.default.url", "jdbc:h2:file:" + Path.of(dataDir, "aura").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        p.put("datasources.default.driver-class-name", "org.h2.Driver");
        p.put("datasources.default.username", "sa");
        p.put("datasources.default.password", "");
        p.put("datasources.default.dialect", "H2");
    }

    private static void meshDatabase(Map<String, Object> p, MeshConnection mesh) {
        p.put("datasources.default.url", mesh.databaseUrl());
        p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        p.put("datasources.default.username", mesh.databaseUser());
        p.put("datasources.default.password", mesh.databasePassword());
        p.put("datasources.default.dialect", "POSTGRES");
        // Writes do not wait for a standby unless they must never be lost (adapters.out.jdbc.SynchronousCommits).
        p.put("datasources.default.connection-init-sql", "SET synchronous_commit = local");
    }

    private static void createDataDir(NodeSettings settings) {
        try {
            Files.createDirectories(Path.of(settings.dataDir()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + settings.dataDir(), e);
        }
    }
}
