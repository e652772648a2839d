package aura.domain.auth;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Short-1!|at least 12 characters",
            "no-upper-case-1!|upper-case letter",
            "NO-LOWER-CASE-1!|lower-case letter",
            "No-Digits-Here!!|a digit",
            "NoSymbolsHere123|a symbol"})
    void aRefusedPasswordNamesTheRuleItBreaks(String password, String rule) {
        assertThatThrownBy(() -> PasswordPolicy.check(password))
                .isInstanceOf(InvalidInput.class).hasMessageContaining(rule)
                .extracting(e -> ((InvalidInput) e).field().orElseThrow()).isEqualTo("password");
    }

    @Test
    void aPasswordWithEveryKindOfCharacterPasses() {
        assertThatCode(() -> PasswordPolicy.check("Correct-Horse-9!")).doesNotThrowAnyException();
    }

    @Test
    void usernamesAreLowerCasedAndChecked() {
        org.assertj.core.api.Assertions.assertThat(Username.normalise(" Robbie ")).isEqualTo("robbie");
        assertThatThrownBy(() -> Username.normalise("a b")).isInstanceOf(InvalidInput.class);
    }
}
