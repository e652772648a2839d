package aura.adapters.in.cli;

import aura.application.backup.RestoreBackup;
import aura.application.backup.TakeBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code aura-node db ...}: the mesh's database: backups and restores. */
@Command(name = "db", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "The mesh's Postgres: backups and restores.",
        subcommands = {DbCommand.BackupCommand.class, DbCommand.RestoreCommand.class})
class DbCommand {

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
