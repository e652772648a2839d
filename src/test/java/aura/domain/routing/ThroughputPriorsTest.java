package aura.domain.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThroughputPriorsTest {
    private final ThroughputPriors priors = ThroughputPriors.standard();

    @ParameterizedTest
    @CsvSource({"llama3.1, 8", "llama3.1:8b, 8", "qwen2.5:0.5b, 0.5", "llama-3-70b-instruct, 70",
            "qwen2.5-coder:7b-instruct-q4_K_M, 7", "mixtral:8x7b, 56", "smollm:135m, 0.135", "phi3:3.8b, 3.8",
            "mistral:latest, 8", "bf16-model:q8_0, 8"})
    void readsTheSizeAModelsNameStates(String model, double billions) {
        assertThat(ThroughputPriors.billions(model)).isCloseTo(billions, within(1e-12));
    }

    @Test
    void aGpuIsAssumedFasterThanACpuAndSpeedScalesWithSize() {
        assertThat(priors.tokensPerSecond("llama3.1:8b", true)).isEqualTo(40);
        assertThat(priors.tokensPerSecond("llama3.1:8b", false)).isEqualTo(6);
        assertThat(priors.tokensPerSecond("llama3.1:70b", true)).isCloseTo(40 * 8 / 70.0, within(1e-9));
        assertThat(priors.tokensPerSecond("qwen2.5:0.5b", false)).isEqualTo(24); // at most 4x the 8B speed
    }

    @Test
    void loadingTakesLongerForBiggerModels() {
        assertThat(priors.loadSeconds("llama3.1")).isEqualTo(5);
        assertThat(priors.loadSeconds("llama3.1:70b")).isEqualTo(36);
        assertThat(priors.prefillSpeedup(true)).isGreaterThan(priors.prefillSpeedup(false));
    }
}
