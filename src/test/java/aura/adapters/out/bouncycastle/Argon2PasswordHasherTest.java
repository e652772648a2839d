package aura.adapters.out.bouncycastle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("Correct-Horse-9!");
        assertThat(hasher.verify("Correct-Horse-9!", hash)).isTrue();
        assertThat(hasher.verify("Correct-Horse-9?", hash)).isFalse();
    }

    @Test
    void hashesAreSaltedPhcStringsWithoutThePassword() {
        String a = hasher.hash("Correct-Horse-9!");
        String b = hasher.hash("Correct-Horse-9!");
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Correct").isNotEqualTo(b);
    }

    @Test
    void malformedHashesNeverVerify() {
        assertThat(hasher.verify("x", "$argon2i$v=19$m=1,t=1,p=1$AA$AA")).isFalse();
        assertThat(hasher.verify("x", "garbage")).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }
}
