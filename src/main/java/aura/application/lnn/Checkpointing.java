package aura.application.lnn;

import aura.domain.lnn.TrainerState;

import java.util.Optional;

/**
 * What a trainer that can be interrupted needs: where to start from (a checkpoint of an earlier attempt, or none),
 * how often to hand over its state, and a say after every step on whether to go on. Called on the training thread;
 * {@link #save} and {@link #afterStep} throw {@link TrainingStopped} when the run must end.
 */
public interface Checkpointing {

    /** Never resumes, never saves, never stops a run. */
    Checkpointing NONE = new Checkpointing() {
        @Override
        public Optional<TrainerState> resumeFrom() {
            return Optional.empty();
        }

        @Override
        public int every() {
            return 0;
        }

        @Override
        public void save(TrainerState state) {
        }

        @Override
        public void afterStep(long step, double fractionDone) {
        }
    };

    Optional<TrainerState> resumeFrom();

    /** Optimizer steps between two saves; 0: never. */
    int every();

    void save(TrainerState state);

    /** @param fractionDone of all the run's steps, 0..1 */
    void afterStep(long step, double fractionDone);
}
