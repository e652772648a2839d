package aura.adapters.out.djl;

import aura.application.lnn.CellKind;
import aura.application.lnn.Checkpointing;
import aura.application.lnn.EvaluateForecaster;
import aura.application.lnn.TrainForecaster;
import aura.application.lnn.TrainForecasterCommand;
import aura.application.lnn.TrainingSettings;
import aura.application.lnn.TrainingStopped;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.TrainerState;
import aura.domain.lnn.TrainerStateCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run stopped after a checkpoint and resumed from it ends where a run never stopped ends. */
class DjlResumeTest {
    private final TrainForecaster trainForecaster = new TrainForecaster(new DjlForecasterTrainer());

    /** Saves every {@code every} steps (through the byte format), resumes from {@code from}, stops at {@code stopAt}. */
    static final class Recording implements Checkpointing {
        final List<TrainerState> saved = new ArrayList<>();
        final int every;
        final TrainerState from;
        final long stopAt;

        Recording(int every, TrainerState from, long stopAt) {
            this.every = every;
            this.from = from;
            this.stopAt = stopAt;
        }

        @Override
        public Optional<TrainerState> resumeFrom() {
            return Optional.ofNullable(from);
        }

        @Override
        public int every() {
            return every;
        }

        @Override
        public void save(TrainerState state) {
            saved.add(roundTrip(state));
        }

        @Override
        public void afterStep(long step, double fractionDone) {
            if (step == stopAt) throw new TrainingStopped("the test stops here");
        }
    }

    static TrainerState roundTrip(TrainerState state) {
        try {
            var bytes = new ByteArrayOutputStream();
            TrainerStateCodec.write(state, new DataOutputStream(bytes));
            return TrainerStateCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LnnModel train(CellKind cell, Checkpointing checkpointing) {
        TrainingSettings settings = new TrainingSettings(cell, 6, 8, 4, 8, 0.02, 0.2, 4, 1.0, 8, 11L);
        return trainForecaster.train(new TrainForecasterCommand(DjlLnnTrainingTest.noisySine(0, 80, 7), List.of(),
                settings, 1.0, null, checkpointing));
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void aRunResumedFromAMidEpochCheckpointEndsAtTheLossOfAnUninterruptedOne(CellKind cell) {
        var uninterrupted = new Recording(3, null, -1);
        LnnModel whole = train(cell, uninterrupted);
        var interrupted = new Recording(3, null, 8);
        assertThatThrownBy(() -> train(cell, interrupted)).isInstanceOf(TrainingStopped.class);
        TrainerState last = interrupted.saved.get(interrupted.saved.size() - 1);
        assertThat(last.step()).isEqualTo(6);
        assertThat(last.position()).isGreaterThan(0);

        LnnModel resumed = train(cell, new Recording(3, last, -1));

        // training is deterministic (same seed, same thread): resuming replays the uninterrupted run exactly, so
        // any difference, however small, is state the checkpoint lost
        var uninterruptedWeights = whole.parameters().toArrays();
        resumed.parameters().toArrays().forEach((name, weights) ->
                assertThat(weights).as(name).containsExactly(uninterruptedWeights.get(name)));
        var heldOut = DjlLnnTrainingTest.noisySine(80, 40, 9);
        double a = new EvaluateForecaster().evaluate(whole, heldOut).overall().modelMse();
        double b = new EvaluateForecaster().evaluate(resumed, heldOut).overall().modelMse();
        assertThat(b).isEqualTo(a);
    }
}
