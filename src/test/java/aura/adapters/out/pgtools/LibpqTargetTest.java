package aura.adapters.out.pgtools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibpqTargetTest {
    @Test
    void aMultiHostUrlKeepsItsHostsAndWritesOnlyToThePrimary() {
        var target = LibpqTarget.of("jdbc:postgresql://10.0.0.1:5432,10.0.0.2:5433/aura?targetServerType=primary"
                + "&loginTimeout=5", "aura", "secret");
        assertThat(target.uri()).isEqualTo("postgresql://10.0.0.1:5432,10.0.0.2:5433/aura?target_session_attrs=read-write");
        assertThat(target.env()).containsEntry("PGUSER", "aura").containsEntry("PGPASSWORD", "secret");
    }

    @Test
    void thePasswordNeverGoesOnTheCommandLine() {
        var target = LibpqTarget.of("jdbc:postgresql://127.0.0.1/aura?sslmode=require", "aura", "secret");
        assertThat(target.uri()).isEqualTo("postgresql://127.0.0.1/aura?sslmode=require").doesNotContain("secret");
    }

    @Test
    void aUrlWithoutAHostMeansLocalhost() {
        assertThat(LibpqTarget.of("jdbc:postgresql:aura", "", "").uri()).isEqualTo("postgresql://localhost/aura");
    }
}
