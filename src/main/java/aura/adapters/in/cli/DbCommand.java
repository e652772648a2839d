package aura.adapters.in.cli;

import aura.application.backup.RestoreBackup;
import aura.application.backup.TakeBackup;
import aura.application.replication.PromoteStandby;
import aura.application.replication.StartStandby;
import aura.domain.replication.PostgresAddress;
import aura.domain.replication.SlotName;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code aura-node db ...}: the mesh's database: backups and restores, a streaming standby and its promotion. */
@Command(name = "db", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "The mesh's Postgres: backups and restores, a streaming standby and its promotion.",
        subcommands = {DbCommand.BackupCommand.class, DbCommand.RestoreCommand.class, DbCommand.StandbyCommand.class,
                DbCommand.PromoteCommand.class})
class DbCommand {

    @Command(name = "standby", mixinStandardHelpOptions = true,
            description = "Copy the primary into an empty data directory (pg_basebackup through a replication slot) "
                    + "and set the copy up as its streaming standby; then start it as the postgres user.")
    static class StandbyCommand implements Callable<Integer> {
        @Option(names = "--primary", required = true, paramLabel = "HOST:PORT", description = "the primary to copy")
        String primary;

        @Option(names = "--pgdata", required = true, paramLabel = "DIR", description = "the standby's data directory (absent or empty)")
        String pgdata;

        @Option(names = "--user", defaultValue = "postgres", paramLabel = "USER",
                description = "a user with the REPLICATION privilege (default: postgres; password in PGPASSWORD)")
        String user;

        @Option(names = "--slot", paramLabel = "NAME", description = "the replication slot (default: aura_<host name>)")
        String slot;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var address = PostgresAddress.parse(primary, "--primary");
            var slotName = slot != null ? new SlotName(slot) : SlotName.forNode(hostName());
            try (ApplicationContext context = CommandContext.start()) {
                context.getBean(StartStandby.class).start(new StartStandby.Command(address, user, pgdata, slotName));
            }
            spec.commandLine().getOut().printf("standby of %s in %s (slot %s); start it as the server's user, e.g. "
                    + "pg_ctl -D %s -o '-p PORT' start%n", address, pgdata, slotName.value(), pgdata);
            return 0;
        }

        private static String hostName() {
            String env = System.getenv("HOSTNAME");
            return env != null && !env.isBlank() ? env.trim() : "standby";
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Promote the standby to primary (pg_promote); the nodes' multi-host URL finds it without a "
                    + "restart. Keep the old primary from taking writes again: docs/HA.md.")
    static class PromoteCommand implements Callable<Integer> {
        @Option(names = "--standby", defaultValue = "127.0.0.1:5432", paramLabel = "HOST:PORT",
                description = "the standby to promote (default: 127.0.0.1:5432)")
        String standby;

        @Option(names = "--user", defaultValue = "postgres", paramLabel = "USER",
                description = "a superuser (default: postgres; password in PGPASSWORD)")
        String user;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var address = PostgresAddress.parse(standby, "--standby");
            try (ApplicationContext context = CommandContext.start()) {
                context.getBean(PromoteStandby.class).promote(address, user);
            }
            spec.commandLine().getOut().println(address + " is the primary now");
            return 0;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Take a backup now (pg_dump custom format) into <data-dir>/backups; the oldest beyond "
                    + "aura.backup.keep are deleted.")
    static class BackupCommand implements Callable<Integer> {
        @Mixin
        NodeOptions node;

        @Override
        public Integer call() {
            node.runAndPrint(context -> {
                var backup = context.getBean(TakeBackup.class).take();
                return "backup %s (%d bytes)".formatted(
                        Path.of(node.settings().dataDir(), "backups", backup.name()), backup.sizeBytes());
            });
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the database's contents with a backup's, in one transaction (a failed restore "
                    + "changes nothing). Stop the mesh's other nodes first and start them again after.")
    static class RestoreCommand implements Callable<Integer> {
        @Mixin
        NodeOptions node;

        @Parameters(index = "0", paramLabel = "FILE", description = "the backup: a path, or a name in <data-dir>/backups")
        String file;

        @Override
        public Integer call() {
            node.runAndPrint(context -> {
                context.getBean(RestoreBackup.class).restore(file);
                return "restored " + file;
            });
            return 0;
        }
    }
}
