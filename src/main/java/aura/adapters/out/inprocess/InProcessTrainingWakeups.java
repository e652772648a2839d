package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.training.port.TrainingWakeups;
import jakarta.inject.Singleton;

import java.time.Duration;

/** A solo node is its own only executor: a queued job wakes it directly. */
@Singleton
@SoloMode
public class InProcessTrainingWakeups implements TrainingWakeups {
    private long woken;

    @Override
    public synchronized void wake() {
        woken++;
        notifyAll();
    }

    @Override
    public synchronized void await(Duration atMost) throws InterruptedException {
        long seen = woken;
        long until = System.nanoTime() + atMost.toNanos();
        while (woken == seen) {
            long left = until - System.nanoTime();
            if (left <= 0) return;
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
