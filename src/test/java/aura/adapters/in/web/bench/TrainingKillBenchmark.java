package aura.adapters.in.web.bench;

import aura.adapters.in.web.TrainingApiTestAccess;
import aura.domain.mesh.Inventory;
import aura.domain.mesh.InventoryNode;
import aura.domain.node.Role;
import aura.testing.Http;
import aura.testing.InProcessNode;
import aura.testing.Services;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kill figures of docs/BENCHMARKS.md (run with {@code -Dtest=TrainingKillBenchmark}): two compute nodes on
 * Postgres, lease 2 s, a checkpoint every 5 steps; each round trains the same job (seed 3), closes the node running
 * it after a few checkpoints, and measures the time until the other node runs it (attempt 2), the steps done but
 * not checkpointed, and the final validation loss against an uninterrupted run of the same job.
 */
class TrainingKillBenchmark {
    private static final int EVERY = 5;
    private static final int STEPS = 60;
    @TempDir
    static Path dir;

    private static String start(InProcessNode node, String token, String dataset, String name) {
        var started = Http.post(node.base() + "/api/training/start", "{\"model_name\":\"" + name + "\",\"base_model\":"
                + "\"cfc\",\"training_data\":\"dataset:" + dataset + "\",\"epochs\":20,\"learning_rate\":0.01,"
                + "\"seed\":3,\"units\":6,\"window\":8,\"columns\":[\"cpu\"]}", token);
        return Http.parse(started.body()).get("job_id").getStringValue();
    }

    @Test
    void killTheRunnerMidJob() throws Exception {
        System.setProperty("aura.training.lease", "2s");
        System.setProperty("aura.training.checkpoint-every", String.valueOf(EVERY));
        System.setProperty("aura.training.poll-every", "200ms");
        Map<String, String> env = InProcessNode.meshServices("training_kill_bench");
        Inventory inventory = InProcessNode.freshMesh("kill", List.of(
                new InventoryNode("gpu-a", Role.COMPUTE, "127.0.0.1", Services.freePort(), Optional.empty(), List.of()),
                new InventoryNode("gpu-b", Role.COMPUTE, "127.0.0.1", Services.freePort(), Optional.empty(), List.of())));
        Map<String, InProcessNode> nodes = new java.util.HashMap<>();
        nodes.put("gpu-a", InProcessNode.inMesh(dir.resolve("a"), "gpu-a", inventory, env));
        nodes.put("gpu-b", InProcessNode.inMesh(dir.resolve("b"), "gpu-b", inventory, env));
        try {
            String token = nodes.get("gpu-a").adminToken();
            String dataset = TrainingApiTestAccess.upload(nodes.get("gpu-a"), token, TrainingApiTestAccess.sineCsv(120));
            String clean = start(nodes.get("gpu-a"), token, dataset, "clean");
            double cleanLoss = TrainingApiTestAccess.awaitStatus(nodes.get("gpu-a"), token, clean, "completed", 300)
                    .get("val_loss").getDoubleValue();
            List<Long> delays = new ArrayList<>();
            List<Integer> lost = new ArrayList<>();
            List<Double> differences = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                String job = start(nodes.get("gpu-a"), token, dataset, "killed");
                int killAt = 1 + round % 3;
                JsonNode now;
                while (true) {
                    now = Http.json(nodes.get("gpu-a").base() + "/api/training/status/" + job, token);
                    if (now.get("checkpoints").getIntValue() >= killAt) break;
                    Thread.sleep(20);
                }
                String runner = now.get("node").getStringValue();
                String survivor = runner.equals("gpu-a") ? "gpu-b" : "gpu-a";
                int stored = now.get("checkpoints").getIntValue() * EVERY;
                nodes.remove(runner).close();
                long closed = System.nanoTime();
                InProcessNode other = nodes.get(survivor);
                JsonNode resumed;
                while (true) {
                    resumed = Http.json(other.base() + "/api/training/status/" + job, token);
                    if (resumed.get("attempt").getIntValue() == 2) break;
                    Thread.sleep(10);
                }
                delays.add((System.nanoTime() - closed) / 1_000_000);
                // steps the dead attempt did past its last checkpoint, as its last progress report said
                lost.add(Math.max(0, (int) Math.round(now.get("progress").getDoubleValue() * STEPS) - stored));
                JsonNode done = TrainingApiTestAccess.awaitStatus(other, token, job, "completed", 300);
                differences.add(Math.abs(done.get("val_loss").getDoubleValue() - cleanLoss) / cleanLoss);
                nodes.put(runner, InProcessNode.inMesh(dir.resolve(runner + round), runner, inventory, env));
            }
            delays.sort(null);
            System.out.println("KILL-BENCH resume delays ms " + delays + " p50 " + delays.get(delays.size() / 2)
                    + " p95 " + delays.get(delays.size() - 1));
            System.out.println("KILL-BENCH steps lost (of " + STEPS + ", checkpoint every " + EVERY + ") " + lost);
            System.out.println("KILL-BENCH final val_loss relative difference " + differences + " clean " + cleanLoss);
        } finally {
            nodes.values().forEach(InProcessNode::close);
            System.clearProperty("aura.training.lease");
            System.clearProperty("aura.training.checkpoint-every");
            System.clearProperty("aura.training.poll-every");
        }
    }
}
