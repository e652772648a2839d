package aura.adapters.in.schedule;

import aura.application.node.ThisNode;
import aura.application.training.RunNextTrainingJob;
import aura.application.training.port.TrainingWakeups;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * On a node that executes training (a compute or solo node), one thread of its own takes jobs from the shared queue
 * and runs them one after another, looking again every {@code aura.training.poll-every} when the queue is empty, or
 * at once when a queued job wakes it (through Redis in a mesh).
 * When the node stops, the running job is left where its last checkpoint put it: its lease runs out and another
 * node resumes it.
 */
@Singleton
@Requires(property = "aura.cli", notEquals = "true")
class TrainingExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingExecutor.class);

    private final RunNextTrainingJob runNext;
    private final ThisNode thisNode;
    private final Duration pollEvery;
    private final TrainingWakeups wakeups;
    private final ModelDeployment deployment;
    private volatile boolean running = true;
    private Thread worker;

    TrainingExecutor(RunNextTrainingJob runNext, ThisNode thisNode, TrainingWakeups wakeups, ModelDeployment deployment,
                     @Property(name = "aura.training.poll-every", defaultValue = "2s") Duration pollEvery) {
        this.wakeups = wakeups;
        this.deployment = deployment;
        this.runNext = runNext;
        this.thisNode = thisNode;
        this.pollEvery = pollEvery;
    }

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (!thisNode.identity().executesTraining() || worker != null) return;
        worker = new Thread(this::work, "training-executor");
        worker.setDaemon(true);
        worker.start();
    }

    private void work() {
        while (running) {
            try {
                var ran = runNext.runNext(() -> running);
                ran.ifPresent(o -> LOG.info("Training job {}: {}", o.jobId(), o.ended()));
                if (ran.isPresent()) deployment.deployNew();
                else wakeups.await(pollEvery);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) return;
                LOG.warn("Training executor: {}", e.toString());
                try {
                    Thread.sleep(pollEvery.toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(10_000);
        }
    }
}
