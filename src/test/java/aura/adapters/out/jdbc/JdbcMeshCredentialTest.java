package aura.adapters.out.jdbc;

import aura.application.mesh.port.MeshCredential;
import aura.application.mesh.port.Secrets;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mesh credential on the real Postgres: made once, whichever node asks first, and the same for all. */
class JdbcMeshCredentialTest extends OnPostgres {
    /** Another node of the mesh: its own adapter over the same database, nothing remembered yet. */
    MeshCredential anotherNode() {
        return new JdbcMeshCredential(bean(JdbcOperations.class), bean(Secrets.class));
    }

    @Test
    void everyNodeReadsTheCredentialTheFirstOneMade() {
        String made = anotherNode().secret();

        assertThat(made).hasSizeGreaterThanOrEqualTo(43);
        assertThat(anotherNode().secret()).isEqualTo(made);
    }

    @Test
    void nodesAskingAtOnceOnAnEmptyDatabaseAllKeepTheOneThatWasStored() throws Exception {
        sql("DELETE FROM mesh_secret");

        List<String> secrets = atOnce(8, () -> anotherNode().secret());

        assertThat(secrets).containsOnly(anotherNode().secret());
    }

    @Test
    void onlyTheCredentialItselfMatches() {
        var credential = bean(MeshCredential.class);
        assertThat(credential.matches(credential.secret())).isTrue();
        assertThat(credential.matches(credential.secret() + "x")).isFalse();
        assertThat(credential.matches("")).isFalse();
        assertThat(credential.matches(null)).isFalse();
    }
}
