package aura.adapters.out.pgtools;

import aura.application.replication.port.Replication;
import aura.domain.problem.Conflict;
import aura.domain.problem.InvalidInput;
import aura.domain.replication.PostgresAddress;
import aura.domain.replication.SlotName;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Standbys through pg_basebackup ({@code -R} writes {@code standby.signal} and the primary's address into the
 * copy; {@code -C -S} creates its replication slot), promotion through {@code pg_promote()} over psql, which works
 * from any machine that reaches the standby, as any superuser, where {@code pg_ctl promote} must run as the
 * server's own user on its machine. Passwords come from the environment ({@code PGPASSWORD}), as libpq reads them.
 */
@Singleton
class PgReplication implements Replication {

    @Override
    public void cloneAsStandby(PostgresAddress primary, String user, String dataDirectory, SlotName slot) {
        Path target = Path.of(dataDirectory);
        requireEmpty(target);
        PgTools.run(List.of(PgTools.require("pg_basebackup").toString(), "--host=" + primary.host(),
                "--port=" + primary.port(), "--username=" + user, "--pgdata=" + target, "--write-recovery-conf",
                "--wal-method=stream", "--create-slot", "--slot=" + slot.value(), "--checkpoint=fast",
                "--no-password"), Map.of("PGCONNECT_TIMEOUT", "10"));
        nameAfterSlot(target, slot);
    }

    /**
     * The standby reports itself to the primary by its {@code cluster_name}, so the primary's
     * {@code synchronous_standby_names} can name it by its slot's name (docs/HA.md).
     */
    private static void nameAfterSlot(Path target, SlotName slot) {
        try {
            Files.writeString(target.resolve("postgresql.auto.conf"), "cluster_name = '" + slot.value() + "'\n",
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new PgToolFailed("cannot name the standby in " + target + ": " + e.getMessage());
        }
    }

    @Override
    public void promote(PostgresAddress standby, String user) {
        try {
            String answer = PgTools.run(List.of(PgTools.require("psql").toString(), "--host=" + standby.host(),
                    "--port=" + standby.port(), "--username=" + user, "--dbname=postgres", "--no-password",
                    "--tuples-only", "--no-align", "--no-psqlrc", "--command=SELECT pg_promote(true, 60)"),
                    Map.of("PGCONNECT_TIMEOUT", "10")).strip();
            if (!answer.endsWith("t")) throw new PgToolFailed(standby + " did not finish its promotion within 60 s");
        } catch (PgToolFailed e) {
            if (e.getMessage().contains("recovery is not in progress")) {
                throw new Conflict(standby + " is not a standby (it is a primary already)");
            }
            throw e;
        }
    }

    private static void requireEmpty(Path target) {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new InvalidInput("--pgdata", target + " is not a directory");
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new InvalidInput("--pgdata", target + " is not empty: a standby starts from a fresh copy");
            }
        } catch (IOException e) {
            throw new InvalidInput("--pgdata", target + " cannot be read: " + e.getMessage());
        }
    }
}
