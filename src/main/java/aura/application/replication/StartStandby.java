package aura.application.replication;

import aura.application.replication.port.Replication;
import aura.domain.problem.InvalidInput;
import aura.domain.replication.PostgresAddress;
import aura.domain.replication.SlotName;
import jakarta.inject.Singleton;

/** Makes a streaming standby of the mesh's primary in a data directory of its own, through a replication slot. */
@Singleton
public record StartStandby(Replication replication) {
    public record Command(PostgresAddress primary, String user, String dataDirectory, SlotName slot) {
    }

    public void start(Command command) {
        if (command.dataDirectory() == null || command.dataDirectory().isBlank()) {
            throw new InvalidInput("--pgdata", "--pgdata names the standby's data directory");
        }
        if (command.user() == null || command.user().isBlank()) throw new InvalidInput("--user", "--user is required");
        replication.cloneAsStandby(command.primary(), command.user(), command.dataDirectory(), command.slot());
    }
}
