package aura.domain.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LikenessTest {
    @Test
    void textsThatDifferOnlyInCasePunctuationSpacingOrAccentsHoldTheSameWords() {
        assertThat(Likeness.sameWords("Renew the car insurance — before March!", "renew the car  insurance before march")).isTrue();
        assertThat(Likeness.sameWords("Café opens at nine", "cafe opens at nine.")).isTrue();
        assertThat(Likeness.sameWords("Renew the car insurance", "Renew the house insurance")).isFalse();
    }

    @Test
    void sharedWordsIsTheShareOfDistinctWordsInCommon() {
        assertThat(Likeness.sharedWords("page 1", "page 2")).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Likeness.sharedWords("Red bicycle, paint set", "red bicycle and paint set")).isEqualTo(0.8);
        assertThat(Likeness.sharedWords("", "")).isEqualTo(1);
    }

    @Test
    void theCosineOfAVectorWithItselfIsOneAndWithItsOppositeMinusOne() {
        float[] v = {1, 2, 3};
        assertThat(Likeness.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Likeness.cosine(v, new float[]{-1, -2, -3})).isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Likeness.cosine(v, new float[]{0, 0, 0})).isZero();
        assertThatThrownBy(() -> Likeness.cosine(v, new float[]{1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}
