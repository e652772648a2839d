package aura.application.training.port;

import aura.application.node.port.LoraTrainerCommand;
import aura.domain.training.PromptPair;
import aura.domain.training.TrainingRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command a GPU node is configured with to train LoRA adapters: given the exported examples and, when the job
 * resumes, the archive of its last checkpoint, it runs to its end and reports progress and checkpoints as it goes.
 */
public interface ExternalTrainer extends LoraTrainerCommand {
    /**
     * Runs the trainer to its end.
     *
     * @return the adapter's files (name → content), as the trainer left them in its output directory
     * @throws aura.application.lnn.TrainingStopped when {@code events} stopped it
     * @throws IllegalStateException            when the trainer failed (the message says how)
     */
    Map<String, byte[]> train(Run run, Events events);

    /** What one attempt trains: the request, the three splits and the checkpoint it resumes from. */
    record Run(String jobId, TrainingRequest request, List<PromptPair> train, List<PromptPair> validation,
               List<PromptPair> test, Optional<byte[]> resumeFrom) {
    }

    /** One progress line of the trainer; each value is null when the line did not carry it. */
    record Report(Long step, Double epoch, Double loss, Double valLoss, Double progress) {
    }

    /** Where the trainer's reports go; each may throw TrainingStopped, which ends the trainer. */
    interface Events {
        void report(Report report);

        /** A checkpoint the trainer finished writing, archived. */
        void checkpoint(long step, byte[] archive);

        /** Asked while the trainer runs, at least every quarter of a second; false ends the trainer. */
        boolean keepGoing();
    }
}
