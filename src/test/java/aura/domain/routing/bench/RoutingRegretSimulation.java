package aura.domain.routing.bench;

import aura.domain.routing.CostModel;
import aura.domain.routing.ExpectedLength;
import aura.domain.routing.ModelStats;
import aura.domain.routing.MovingAverage;
import aura.domain.routing.NodeSnapshot;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.Router;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Routing regret: mean completion time (arrival to last token at the deciding node) of a mixed workload over
 * three backends of different speeds, for the router and three simple policies. Every policy sees the same
 * information: registry snapshots refreshed once a second (heartbeat) plus its own dispatches since the last one.
 *
 * <p>Backends are FIFO, one generation at a time (Ollama's default per model): 60, 25 and 8 tokens/s, prompts read
 * 50x (GPU) and 8x (CPU) faster; RTT 0 (the deciding node), 20 and 40 ms; each generation's real duration varies
 * by a log-normal factor (sigma 0.15). Nodes start unmeasured (priors 40/40/6 tokens/s) and learn their speed
 * from completed generations; the expected length is learnt too. Arrivals are Poisson; answers are a mix of short
 * (60 %, mean 150 tokens), medium (30 %, 500) and long (10 %, 1500) log-normal lengths; 20 % of requests send
 * max_tokens = 2048 and 10 % a binding max_tokens of 64 (titles, summaries). Prompts: 100-2000 tokens.
 *
 * <p>Two rows bound what routing can gain. "router, calibrated at start": the nodes measured their speed once
 * before the first request ({@code CalibrateModels}), so no request is routed on a prior. "oracle": knows every
 * node's true mean speed and exactly when its queue empties (the real remaining work, not generation counts),
 * and estimates the new request's length as the router does; it sends each request where it really finishes
 * first. "oracle, knows each answer's length" also knows the length of the answer to come (clairvoyant).
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes aura.domain.routing.bench.RoutingRegretSimulation
 * [requests] [seeds]}; prints a Markdown table.
 */
public final class RoutingRegretSimulation {
    private static final String MODEL = "llama3.1:8b";
    private static final double[] SPEED = {60, 25, 8};
    private static final boolean[] GPU = {true, true, false};
    private static final double[] RTT = {0, 0.020, 0.040};
    private static final String[] NAME = {"gpu-fast", "gpu-slow", "cpu"};
    private static final double HEARTBEAT = 1.0;

    private RoutingRegretSimulation() {
    }

    record Job(double arrival, int prompt, int output, OptionalInt maxTokens) {
    }

    /** What a policy sees: the last snapshots and its own dispatches since. */
    interface Policy {
        int pick(Job job, List<NodeSnapshot> snapshots, Map<String, Integer> recent);
    }

    /** A policy that sees the truth instead: each node's true speed and when its queue really empties. */
    interface Oracle extends Policy {
        int pick(Job job, double[] freeAt);

        @Override
        default int pick(Job job, List<NodeSnapshot> snapshots, Map<String, Integer> recent) {
            throw new UnsupportedOperationException("an oracle needs no snapshots");
        }
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double capacity = 0;
        for (double s : SPEED) capacity += s;
        double meanOutput = 0.6 * 150 + 0.3 * 500 + 0.1 * 1500;
        System.out.println("| load | policy | mean s | p50 s | p95 s | regret vs router | router vs this | share fast/slow/cpu |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---|");
        for (double utilisation : new double[]{0.3, 0.6, 0.85}) {
            double rate = utilisation * capacity / meanOutput;
            String[] names = {"router (cost model)", "always-fastest-idle", "round-robin", "least-busy",
                    "router, own dispatches not counted", "router, calibrated at start", "oracle (true speeds and queues)",
                    "oracle, knows each answer's length"};
            double[][] results = new double[names.length][];
            for (int p = 0; p < names.length; p++) {
                double[] all = new double[0];
                int[] share = new int[3];
                for (int seed = 1; seed <= seeds; seed++) {
                    List<Job> jobs = workload(new SplittableRandom(seed), requests, rate);
                    ExpectedLength lengths = new ExpectedLength();
                    double[] done = simulate(jobs, policy(p, lengths), lengths, share, p == 5);
                    all = concat(all, done);
                }
                results[p] = Arrays.copyOf(all, all.length);
                Arrays.sort(results[p]);
                double mean = Arrays.stream(all).average().orElseThrow();
                double routerMean = Arrays.stream(results[0]).average().orElseThrow();
                int total = share[0] + share[1] + share[2];
                System.out.printf(Locale.ROOT, "| %.0f %% | %s | %.2f | %.2f | %.2f | %+.1f %% | %+.1f %% | %.0f/%.0f/%.0f %% |%n",
                        utilisation * 100, names[p], mean, results[p][all.length / 2], results[p][(int) (all.length * 0.95)],
                        (mean / routerMean - 1) * 100, (routerMean / mean - 1) * 100, 100.0 * share[0] / total, 100.0 * share[1] / total, 100.0 * share[2] / total);
            }
        }
    }

    static List<Job> workload(SplittableRandom rng, int n, double rate) {
        List<Job> jobs = new ArrayList<>(n);
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += -Math.log(1 - rng.nextDouble()) / rate;
            double kind = rng.nextDouble();
            double mean = kind < 0.6 ? 150 : kind < 0.9 ? 500 : 1500;
            int natural = (int) Math.max(1, Math.round(logNormal(rng, mean, 0.5)));
            double cap = rng.nextDouble();
            OptionalInt max = cap < 0.2 ? OptionalInt.of(2048) : cap < 0.3 ? OptionalInt.of(64) : OptionalInt.empty();
            int output = max.isPresent() ? Math.min(natural, max.getAsInt()) : natural;
            jobs.add(new Job(t, 100 + rng.nextInt(1900), output, max));
        }
        return jobs;
    }

    /** Completion times of every job; {@code share} counts jobs per node. */
    static double[] simulate(List<Job> jobs, Policy policy, ExpectedLength lengths, int[] share, boolean calibrated) {
        SplittableRandom noise = new SplittableRandom(99);
        List<List<double[]>> onNode = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()); // {dispatch, start, end, tps}
        int[] learnt = new int[3];
        MovingAverage[] measured = {new MovingAverage(0.1), new MovingAverage(0.1), new MovingAverage(0.1)};
        if (calibrated) {
            for (int n = 0; n < 3; n++) measured[n].add(SPEED[n] * logNormal(noise, 1, 0.15)); // one short generation
        }
        double[] freeAt = new double[3];
        double[] completion = new double[jobs.size()];
        double tick = -1;
        List<NodeSnapshot> snapshots = List.of();
        Map<String, Integer> recent = new HashMap<>();
        for (int j = 0; j < jobs.size(); j++) {
            Job job = jobs.get(j);
            double now = Math.floor(job.arrival() / HEARTBEAT) * HEARTBEAT;
            if (now > tick) {
                tick = now;
                snapshots = snapshot(tick, onNode, learnt, measured, lengths);
                recent.clear();
            }
            int node = policy instanceof Oracle oracle ? oracle.pick(job, freeAt) : policy.pick(job, snapshots, recent);
            recent.merge(NAME[node], 1, Integer::sum);
            share[node]++;
            double tps = SPEED[node] * logNormal(noise, 1, 0.15);
            double service = (job.output() + job.prompt() / (GPU[node] ? 50.0 : 8.0)) / tps;
            double start = Math.max(job.arrival() + RTT[node] / 2, freeAt[node]);
            freeAt[node] = start + service;
            onNode.get(node).add(new double[]{job.arrival(), start, freeAt[node], job.output() / service, job.output()});
            completion[j] = freeAt[node] + RTT[node] / 2 - job.arrival();
        }
        return completion;
    }

    /** The registry as of {@code tick}: completions until then are measured and their lengths learnt. */
    private static List<NodeSnapshot> snapshot(double tick, List<List<double[]>> onNode, int[] learnt,
                                               MovingAverage[] measured, ExpectedLength lengths) {
        List<NodeSnapshot> out = new ArrayList<>(3);
        for (int n = 0; n < 3; n++) {
            List<double[]> jobs = onNode.get(n);
            while (learnt[n] < jobs.size() && jobs.get(learnt[n])[2] <= tick) {
                double[] done = jobs.get(learnt[n]++);
                measured[n].add(done[3]);
                lengths.record(MODEL, (int) done[4]);
            }
            int active = 0;
            int queued = 0;
            for (int k = learnt[n]; k < jobs.size(); k++) {
                double[] job = jobs.get(k);
                if (job[0] > tick) break;
                if (job[1] <= tick) active++; else queued++;
            }
            ModelStats stats = new ModelStats(MODEL, measured[n].value().orElse(0), measured[n].samples(), true);
            out.add(new NodeSnapshot(NAME[n], GPU[n], 0.1, active, queued, Map.of(MODEL, stats),
                    Duration.ofNanos((long) (RTT[n] * 1e9)), true));
        }
        return out;
    }

    static Policy policy(int which, ExpectedLength lengths) {
        CostModel costModel = new CostModel();
        Router router = new Router(costModel);
        switch (which) {
            case 0:
            case 5:
                return (job, nodes, recent) -> index(router.decide(new RouteRequest(MODEL, job.maxTokens(), job.prompt()),
                        nodes, lengths, recent).chosen().orElseThrow());
            case 4:
                return (job, nodes, recent) -> index(router.decide(new RouteRequest(MODEL, job.maxTokens(), job.prompt()),
                        nodes, lengths, Map.of()).chosen().orElseThrow());
            case 1:
                return (job, nodes, recent) -> {
                    int best = -1;
                    for (int n = 0; n < 3; n++) {
                        boolean idle = ahead(nodes.get(n), recent) == 0;
                        if (idle && (best < 0 || speed(costModel, nodes.get(n)) > speed(costModel, nodes.get(best)))) best = n;
                    }
                    if (best >= 0) return best;
                    for (int n = 0; n < 3; n++) if (best < 0 || speed(costModel, nodes.get(n)) > speed(costModel, nodes.get(best))) best = n;
                    return best;
                };
            case 2: {
                int[] next = {0};
                return (job, nodes, recent) -> next[0]++ % 3;
            }
            case 3:
                return (job, nodes, recent) -> {
                    int best = 0;
                    for (int n = 1; n < 3; n++) {
                        int a = ahead(nodes.get(n), recent);
                        int b = ahead(nodes.get(best), recent);
                        if (a < b || (a == b && speed(costModel, nodes.get(n)) > speed(costModel, nodes.get(best)))) best = n;
                    }
                    return best;
                };
            case 6:
                return (Oracle) (job, freeAt) -> earliestFinish(job, freeAt, lengths.expected(MODEL, job.maxTokens()));
            case 7:
                return (Oracle) (job, freeAt) -> earliestFinish(job, freeAt, job.output());
            default:
                throw new IllegalArgumentException("no policy " + which);
        }
    }

    /** The node where {@code job}, at {@code tokens} long, would really finish first, at each node's true mean speed. */
    private static int earliestFinish(Job job, double[] freeAt, double tokens) {
        int best = 0;
        double bestFinish = Double.MAX_VALUE;
        for (int n = 0; n < 3; n++) {
            double service = (tokens + job.prompt() / (GPU[n] ? 50.0 : 8.0)) / SPEED[n];
            double finish = Math.max(job.arrival() + RTT[n] / 2, freeAt[n]) + service + RTT[n] / 2;
            if (finish < bestFinish) {
                bestFinish = finish;
                best = n;
            }
        }
        return best;
    }

    private static int ahead(NodeSnapshot node, Map<String, Integer> recent) {
        return node.activeGenerations() + node.queuedGenerations() + recent.getOrDefault(node.node(), 0);
    }

    /** The node's known decode speed: measured, else the prior (what the cost model would use). */
    private static double speed(CostModel costModel, NodeSnapshot node) {
        return costModel.estimate(node, new RouteRequest(MODEL, OptionalInt.empty(), 0), 1, 0).tokensPerSecond();
    }

    private static int index(String name) {
        for (int n = 0; n < 3; n++) if (NAME[n].equals(name)) return n;
        throw new IllegalStateException(name);
    }

    private static double logNormal(SplittableRandom rng, double mean, double sigma) {
        double z = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
        return mean * Math.exp(sigma * z - sigma * sigma / 2);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
