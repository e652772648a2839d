package aura.adapters.in.cli;

import aura.application.lnn.TrainingProgress;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr: epochs done, training and validation loss, time left. */
record ProgressBar(PrintWriter err) implements TrainingProgress {
    private static final int WIDTH = 30;

    @Override
    public void epochFinished(EpochReport r) {
        int done = (int) Math.round(WIDTH * (double) r.epoch() / r.epochs());
        err.printf(Locale.ROOT, "\r[%s%s] epoch %d/%d  loss %.5f  val %.5f%s  ETA %s ", "#".repeat(done),
                "-".repeat(WIDTH - done), r.epoch(), r.epochs(), r.trainingLoss(), r.validationLoss(),
                r.improved() ? "*" : " ", duration(r.remainingNanos()));
        err.flush();
    }

    void finish(String message) {
        err.println();
        err.println(message);
        err.flush();
    }

    static String duration(long nanos) {
        long s = Math.round(nanos / 1e9);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
