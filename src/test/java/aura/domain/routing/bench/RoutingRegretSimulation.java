package aura.domain.routing.bench;

import aura.domain.routing.CostModel;
import aura.domain.routing.DrainTime;
import aura.domain.routing.ExpectedLength;
import aura.domain.routing.ModelStats;
import aura.domain.routing.MovingAverage;
import aura.domain.routing.NodeSnapshot;
import aura.domain.routing.RouteRequest;
import aura.domain.routing.Router;
import aura.domain.routing.ThroughputPriors;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Routing regret: mean completion time (arrival to last token at the node the person typed on) of a mixed
 * workload, for the router, simple policies and an oracle, in several meshes. Deterministic: the same arguments
 * give the same table on any machine, loaded or not.
 *
 * <p>What every policy but the oracle sees is what a real node sees: each node's latest heartbeat (nodes beat
 * every {@code heartbeat} seconds, out of phase with each other, so a heartbeat is up to that old) with its
 * active and queued generations, measured speed and drain time ({@link DrainTime}, computed by the node from what
 * it knows: the max_tokens and prompt of each generation, the tokens generated so far, its own expected lengths),
 * plus the deciding node's own dispatches sent since that heartbeat and not yet finished. The oracle sees the
 * truth instead: every node's true mean speed and the moment its queue really empties (the real remaining work,
 * including the true length of every answer ahead); it estimates the new answer's length as the router does and
 * sends each request where it really finishes first. "oracle, knows each answer's length" is also told the length
 * of the answer to come (clairvoyant). "oracle, true speeds and queues, lengths to come unknown" (the live
 * oracle) knows every node's true mean speed and the live state of its queue at each decision (each generation
 * held or on its way, its prompt, max_tokens and tokens so far) but not the lengths of the answers still to be
 * written, which it estimates as the router does. Nodes measure their speed once before the first request (as
 * {@code CalibrateModels} does) and then from every answer; "router, not calibrated" starts from the priors.
 *
 * <p>Backends are FIFO, one generation at a time (Ollama's default per model); prompts are read 50x (GPU) and 8x
 * (CPU) faster than answers are written; each generation's real speed varies by a log-normal factor (sigma 0.15).
 * Answers are short (60 %, mean 150 tokens), medium (30 %, 500) or long (10 %, 1500), log-normal (sigma 0.5);
 * 20 % of requests send max_tokens = 2048 and 10 % a binding 64; prompts 100-2000 tokens. Arrivals are Poisson at
 * a share of the nodes' combined capacity, or, in the bursty mesh, in bursts (Poisson burst starts; 1-15 requests
 * each, spread over 2 s). Requests are typed on the first {@code deciders} nodes at random.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes aura.domain.routing.bench.RoutingRegretSimulation
 * [requests] [seeds]}; prints Markdown tables.
 */
public final class RoutingRegretSimulation {
    static final String MODEL = "llama3.1:8b";
    private static final double CPU_LOAD = 0.1;
    private static final ThroughputPriors PRIORS = ThroughputPriors.standard();

    private RoutingRegretSimulation() {
    }

    /** A mesh and how requests reach it; node 0 is where people type unless {@code deciders} says more. */
    record Scenario(String name, String[] names, double[] speed, boolean[] gpu, double[] rtt, double heartbeat,
                    int burst, int deciders, double[] loads) {
        int nodes() {
            return names.length;
        }

        /** Round trip between two nodes: 0 to itself, {@code rtt[n]} between node 0 and n, else the larger. */
        double rtt(int from, int to) {
            if (from == to) return 0;
            if (from == 0) return rtt[to];
            if (to == 0) return rtt[from];
            return Math.max(rtt[from], rtt[to]);
        }
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("mixed: fast GPU, slow GPU, CPU", new String[]{"gpu-fast", "gpu-slow", "cpu"},
                    new double[]{60, 25, 8}, new boolean[]{true, true, false}, new double[]{0, 0.020, 0.040}, 2, 0, 1,
                    new double[]{0.3, 0.6, 0.85}),
            new Scenario("homogeneous: three equal GPUs", new String[]{"gpu-a", "gpu-b", "gpu-c"},
                    new double[]{40, 40, 40}, new boolean[]{true, true, true}, new double[]{0, 0.010, 0.010}, 2, 0, 1,
                    new double[]{0.3, 0.6, 0.85}),
            new Scenario("one fast GPU + slow CPU lead (people type on the lead)", new String[]{"cpu-lead", "gpu-4090"},
                    new double[]{6, 120}, new boolean[]{false, true}, new double[]{0, 0.005}, 2, 0, 1,
                    new double[]{0.3, 0.6, 0.85}),
            new Scenario("bursty: the mixed mesh, requests in bursts of 1-15", new String[]{"gpu-fast", "gpu-slow", "cpu"},
                    new double[]{60, 25, 8}, new boolean[]{true, true, false}, new double[]{0, 0.020, 0.040}, 2, 8, 1,
                    new double[]{0.3, 0.6, 0.85}),
            new Scenario("stale heartbeats: the mixed mesh, heartbeats 5 s apart", new String[]{"gpu-fast", "gpu-slow", "cpu"},
                    new double[]{60, 25, 8}, new boolean[]{true, true, false}, new double[]{0, 0.020, 0.040}, 5, 0, 1,
                    new double[]{0.3, 0.6, 0.85}),
            new Scenario("three deciding nodes: the mixed mesh, people type on every node", new String[]{"gpu-fast", "gpu-slow", "cpu"},
                    new double[]{60, 25, 8}, new boolean[]{true, true, false}, new double[]{0, 0.020, 0.040}, 2, 0, 3,
                    new double[]{0.3, 0.6, 0.85}));

    static final String[] POLICIES = {"router (drain time + own dispatches)", "router, generation counts only (before)",
            "router, not calibrated", "router, own dispatches not counted", "least-busy", "always-fastest-idle",
            "round-robin", "oracle (true speeds and queues)", "oracle, knows each answer's length",
            "oracle, true speeds and queues, lengths to come unknown"};
    static final int ROUTER = 0;
    static final int COUNTS_ONLY = 1;
    static final int UNCALIBRATED = 2;
    static final int ORACLE = 7;
    static final int LIVE_ORACLE = 9;

    record Job(double arrival, int prompt, int output, OptionalInt maxTokens, int from) {
    }

    /** A generation on a node: when it arrived there, started and ended, and its true decode speed. */
    record Run(double arrival, double start, double end, double tps, Job job) {
    }

    /** What a policy sees when deciding: heartbeats aged to now, and its own dispatches since each. */
    record View(List<NodeSnapshot> snapshots, Map<String, Integer> recent) {
    }

    interface Policy {
        int pick(Job job, View view, ExpectedLength lengths);
    }

    /**
     * A policy that sees every node's true mean speed and the live state of its queue (each generation's prompt,
     * max_tokens and tokens so far, this instant) but, like anyone, not how long the answers still being written
     * will be: those it estimates as the router does.
     */
    interface LiveOracle extends Policy {
        int pick(Job job, List<List<Run>> onNode, ExpectedLength lengths);

        @Override
        default int pick(Job job, View view, ExpectedLength lengths) {
            throw new UnsupportedOperationException("a live oracle needs no snapshots");
        }
    }

    /** A policy that sees the truth instead: each node's true speed and when its queue really empties. */
    interface Oracle extends Policy {
        int pick(Job job, double[] freeAt, ExpectedLength lengths);

        @Override
        default int pick(Job job, View view, ExpectedLength lengths) {
            throw new UnsupportedOperationException("an oracle needs no snapshots");
        }
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        List<String> summary = new ArrayList<>();
        List<Scenario> chosen = new ArrayList<>();
        for (int a = 2; a < args.length; a++) chosen.add(SCENARIOS.get(Integer.parseInt(args[a])));
        for (Scenario scenario : chosen.isEmpty() ? SCENARIOS : chosen) {
            System.out.println();
            System.out.println("#### " + scenario.name());
            System.out.println();
            System.out.println("| load | policy | mean s | p50 s | p95 s | vs oracle | share " + String.join("/", scenario.names()) + " |");
            System.out.println("|---|---|---:|---:|---:|---:|---|");
            for (double load : scenario.loads()) {
                double[] means = new double[POLICIES.length];
                String[] rows = new String[POLICIES.length];
                for (int p = 0; p < POLICIES.length; p++) {
                    Result r = run(scenario, p, load, requests, seeds);
                    means[p] = r.mean();
                    rows[p] = String.format(Locale.ROOT, "| %.0f %% | %s | %.2f | %.2f | %.2f | VS | %s |",
                            load * 100, POLICIES[p], r.mean(), r.p50(), r.p95(), r.shares());
                }
                for (int p = 0; p < POLICIES.length; p++) {
                    System.out.println(rows[p].replace("VS", String.format(Locale.ROOT, "%+.1f %%", (means[p] / means[ORACLE] - 1) * 100)));
                }
                summary.add(String.format(Locale.ROOT, "| %s | %.0f %% | %+.1f %% | %+.1f %% | %+.1f %% | %+.1f %% |", scenario.name(),
                        load * 100, (means[ROUTER] / means[ORACLE] - 1) * 100, (means[ROUTER] / means[LIVE_ORACLE] - 1) * 100,
                        (means[COUNTS_ONLY] / means[ORACLE] - 1) * 100, (means[UNCALIBRATED] / means[ORACLE] - 1) * 100));
            }
        }
        System.out.println();
        System.out.println("| mesh | load | router vs oracle | router vs live oracle | counts only vs oracle | not calibrated vs oracle |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        summary.forEach(System.out::println);
    }

    record Result(double mean, double p50, double p95, String shares) {
    }

    static Result run(Scenario scenario, int policy, double load, int requests, int seeds) {
        double capacity = Arrays.stream(scenario.speed()).sum();
        double meanOutput = 0.6 * 150 + 0.3 * 500 + 0.1 * 1500;
        double rate = load * capacity / meanOutput;
        double[] all = new double[0];
        int[] share = new int[scenario.nodes()];
        for (int seed = 1; seed <= seeds; seed++) {
            List<Job> jobs = workload(new SplittableRandom(seed), requests, rate, scenario);
            double[] done = new Simulation(scenario, policy(policy, scenario), policy != UNCALIBRATED,
                    policy == COUNTS_ONLY || policy > 3, policy == 3).run(jobs, share);
            all = concat(all, done);
        }
        double mean = Arrays.stream(all).average().orElseThrow();
        Arrays.sort(all);
        StringBuilder shares = new StringBuilder();
        int total = Arrays.stream(share).sum();
        for (int n = 0; n < share.length; n++) shares.append(n == 0 ? "" : "/").append(Math.round(100.0 * share[n] / total));
        return new Result(mean, all[all.length / 2], all[(int) (all.length * 0.95)], shares + " %");
    }

    static List<Job> workload(SplittableRandom rng, int n, double rate, Scenario scenario) {
        List<Job> jobs = new ArrayList<>(n);
        double t = 0;
        while (jobs.size() < n) {
            if (scenario.burst() == 0) {
                t += -Math.log(1 - rng.nextDouble()) / rate;
                jobs.add(job(rng, t, scenario));
            } else {
                t += -Math.log(1 - rng.nextDouble()) * scenario.burst() / rate;
                int size = 1 + rng.nextInt(2 * scenario.burst() - 1);
                List<Job> burst = new ArrayList<>();
                for (int i = 0; i < size; i++) burst.add(job(rng, t + rng.nextDouble() * 2, scenario));
                burst.sort((a, b) -> Double.compare(a.arrival(), b.arrival()));
                jobs.addAll(burst);
            }
        }
        jobs.sort((a, b) -> Double.compare(a.arrival(), b.arrival()));
        return jobs.subList(0, n);
    }

    private static Job job(SplittableRandom rng, double t, Scenario scenario) {
        double kind = rng.nextDouble();
        double mean = kind < 0.6 ? 150 : kind < 0.9 ? 500 : 1500;
        int natural = (int) Math.max(1, Math.round(logNormal(rng, mean, 0.5)));
        double cap = rng.nextDouble();
        OptionalInt max = cap < 0.2 ? OptionalInt.of(2048) : cap < 0.3 ? OptionalInt.of(64) : OptionalInt.empty();
        int output = max.isPresent() ? Math.min(natural, max.getAsInt()) : natural;
        return new Job(t, 100 + rng.nextInt(1900), output, max, rng.nextInt(scenario.deciders()));
    }

    /** One run of one policy over one workload. */
    private static final class Simulation {
        private final Scenario s;
        private final Policy policy;
        private final boolean countsOnly;
        private final boolean ignoreOwn;
        private final int n;
        private final List<List<Run>> onNode = new ArrayList<>();
        private final int[] learnt;
        private final MovingAverage[] measured;
        private final ExpectedLength[] nodeLengths;
        private final double[] beatAt;
        private final NodeSnapshot[] beat;
        private final double[] freeAt;
        /** Per deciding node and target: its dispatches {sent, finished at the decider}, oldest first. */
        private final List<List<ArrayDeque<double[]>>> sent = new ArrayList<>();
        private final List<ExpectedLength> deciderLengths = new ArrayList<>();
        private final List<PriorityQueue<double[]>> finishing = new ArrayList<>();
        private final SplittableRandom noise = new SplittableRandom(99);

        Simulation(Scenario s, Policy policy, boolean calibrated, boolean countsOnly, boolean ignoreOwn) {
            this.s = s;
            this.policy = policy;
            this.countsOnly = countsOnly;
            this.ignoreOwn = ignoreOwn;
            this.n = s.nodes();
            learnt = new int[n];
            measured = new MovingAverage[n];
            nodeLengths = new ExpectedLength[n];
            beatAt = new double[n];
            beat = new NodeSnapshot[n];
            freeAt = new double[n];
            Arrays.fill(beatAt, Double.NaN);
            for (int i = 0; i < n; i++) {
                onNode.add(new ArrayList<>());
                measured[i] = new MovingAverage(0.3);
                nodeLengths[i] = new ExpectedLength();
                if (calibrated) measured[i].add(s.speed()[i] * logNormal(noise, 1, 0.15)); // one short generation
            }
            for (int d = 0; d < s.deciders(); d++) {
                List<ArrayDeque<double[]>> perTarget = new ArrayList<>();
                for (int i = 0; i < n; i++) perTarget.add(new ArrayDeque<>());
                sent.add(perTarget);
                deciderLengths.add(new ExpectedLength());
                finishing.add(new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0])));
            }
        }

        double[] run(List<Job> jobs, int[] share) {
            double[] completion = new double[jobs.size()];
            for (int j = 0; j < jobs.size(); j++) {
                Job job = jobs.get(j);
                double now = job.arrival();
                int from = job.from();
                ExpectedLength lengths = deciderLengths.get(from);
                PriorityQueue<double[]> done = finishing.get(from);
                while (!done.isEmpty() && done.peek()[0] <= now) lengths.record(MODEL, (int) done.poll()[1]);
                int node = policy instanceof Oracle oracle ? oracle.pick(job, freeAt, lengths)
                        : policy instanceof LiveOracle live ? live.pick(job, onNode, lengths)
                        : policy.pick(job, view(from, now), lengths);
                share[node]++;
                double tps = s.speed()[node] * logNormal(noise, 1, 0.15);
                double rtt = s.rtt(from, node);
                double service = (job.output() + job.prompt() / prefill(node)) / tps;
                double arrival = now + rtt / 2;
                double start = Math.max(arrival, freeAt[node]);
                freeAt[node] = start + service;
                onNode.get(node).add(new Run(arrival, start, freeAt[node], tps, job));
                double finished = freeAt[node] + rtt / 2;
                completion[j] = finished - now;
                sent.get(from).get(node).add(new double[]{now, finished});
                done.add(new double[]{finished, job.output()});
            }
            return completion;
        }

        private double prefill(int node) {
            return PRIORS.prefillSpeedup(s.gpu()[node]);
        }

        /** What deciding node {@code from} sees at {@code now}. */
        private View view(int from, double now) {
            List<NodeSnapshot> snapshots = new ArrayList<>(n);
            Map<String, Integer> recent = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double at = lastBeat(i, now);
                if (at != beatAt[i]) {
                    beatAt[i] = at;
                    beat[i] = heartbeat(i, at);
                }
                NodeSnapshot b = beat[i];
                OptionalDouble drain = countsOnly ? OptionalDouble.empty()
                        : OptionalDouble.of(DrainTime.after(b.drainSeconds().orElseThrow(), Duration.ofNanos((long) ((now - at) * 1e9))));
                snapshots.add(new NodeSnapshot(b.node(), b.gpu(), b.cpuLoad(), b.activeGenerations(), b.queuedGenerations(),
                        b.models(), Duration.ofNanos((long) (s.rtt(from, i) * 1e9)), true, drain));
                ArrayDeque<double[]> mine = sent.get(from).get(i);
                while (!mine.isEmpty() && mine.peek()[0] <= at) mine.poll();
                int count = 0;
                for (double[] d : mine) if (d[1] > now) count++;
                if (count > 0 && !ignoreOwn) recent.put(s.names()[i], count);
            }
            return new View(snapshots, recent);
        }

        /** The latest heartbeat of {@code node} at {@code now}: beats are {@code heartbeat} apart, nodes out of phase. */
        private double lastBeat(int node, double now) {
            double phase = s.heartbeat() * (node + 0.5) / n;
            return Math.floor((now - phase) / s.heartbeat()) * s.heartbeat() + phase;
        }

        /** The heartbeat node {@code i} writes at {@code at}, from what it knows then. */
        private NodeSnapshot heartbeat(int i, double at) {
            List<Run> runs = onNode.get(i);
            while (learnt[i] < runs.size() && runs.get(learnt[i]).end() <= at) {
                Run done = runs.get(learnt[i]++);
                measured[i].add(done.tps());
                OptionalInt max = done.job().maxTokens();
                if (max.isEmpty() || done.job().output() < max.getAsInt()) nodeLengths[i].record(MODEL, done.job().output()); // ended by itself
            }
            ModelStats stats = new ModelStats(MODEL, measured[i].value().orElse(0), measured[i].samples(), true);
            double speed = stats.measured() ? stats.tokensPerSecond() : PRIORS.tokensPerSecond(MODEL, s.gpu()[i]);
            int active = 0;
            int queued = 0;
            List<DrainTime.Generation> holding = new ArrayList<>();
            for (int k = learnt[i]; k < runs.size(); k++) {
                Run run = runs.get(k);
                if (run.arrival() > at) break;
                int generated = 0;
                if (run.start() <= at) {
                    active++;
                    double tokens = (at - run.start()) * run.tps() - run.job().prompt() / prefill(i);
                    generated = (int) Math.max(0, Math.min(run.job().output(), Math.floor(tokens)));
                } else {
                    queued++;
                }
                holding.add(new DrainTime.Generation(MODEL, run.job().maxTokens(), run.job().prompt(), generated));
            }
            double drain = countsOnly ? 0 : DrainTime.seconds(holding, nodeLengths[i], m -> speed, prefill(i));
            return new NodeSnapshot(s.names()[i], s.gpu()[i], CPU_LOAD, active, queued, Map.of(MODEL, stats),
                    Duration.ZERO, true, OptionalDouble.of(drain));
        }
    }

    static Policy policy(int which, Scenario s) {
        CostModel costModel = new CostModel();
        Router router = new Router(costModel);
        int n = s.nodes();
        switch (which) {
            case 0, 1, 2, 3:
                return (job, view, lengths) -> index(s, router.decide(new RouteRequest(MODEL, job.maxTokens(), job.prompt()),
                        view.snapshots(), lengths, view.recent()).chosen().orElseThrow());
            case 4:
                return (job, view, lengths) -> {
                    List<NodeSnapshot> nodes = view.snapshots();
                    int best = 0;
                    for (int i = 1; i < n; i++) {
                        int a = ahead(nodes.get(i), view.recent());
                        int b = ahead(nodes.get(best), view.recent());
                        if (a < b || (a == b && speed(costModel, nodes.get(i)) > speed(costModel, nodes.get(best)))) best = i;
                    }
                    return best;
                };
            case 5:
                return (job, view, lengths) -> {
                    List<NodeSnapshot> nodes = view.snapshots();
                    int best = -1;
                    for (int i = 0; i < n; i++) {
                        boolean idle = ahead(nodes.get(i), view.recent()) == 0;
                        if (idle && (best < 0 || speed(costModel, nodes.get(i)) > speed(costModel, nodes.get(best)))) best = i;
                    }
                    if (best >= 0) return best;
                    for (int i = 0; i < n; i++) if (best < 0 || speed(costModel, nodes.get(i)) > speed(costModel, nodes.get(best))) best = i;
                    return best;
                };
            case 6: {
                int[] next = {0};
                return (job, view, lengths) -> next[0]++ % n;
            }
            case 7:
                return (Oracle) (job, freeAt, lengths) -> earliestFinish(s, job, freeAt, lengths.expected(MODEL, job.maxTokens()));
            case 8:
                return (Oracle) (job, freeAt, lengths) -> earliestFinish(s, job, freeAt, job.output());
            case 9:
                return (LiveOracle) (job, onNode, lengths) -> {
                    double[] freeAt = new double[n];
                    for (int i = 0; i < n; i++) freeAt[i] = job.arrival() + liveDrain(s, i, onNode.get(i), job.arrival(), lengths);
                    return earliestFinish(s, job, freeAt, lengths.expected(MODEL, job.maxTokens()));
                };
            default:
                throw new IllegalArgumentException("no policy " + which);
        }
    }

    /** The node where {@code job}, at {@code tokens} long, would really finish first, at each node's true mean speed. */
    private static int earliestFinish(Scenario s, Job job, double[] freeAt, double tokens) {
        int best = 0;
        double bestFinish = Double.MAX_VALUE;
        for (int i = 0; i < s.nodes(); i++) {
            double rtt = s.rtt(job.from(), i);
            double service = (tokens + job.prompt() / PRIORS.prefillSpeedup(s.gpu()[i])) / s.speed()[i];
            double finish = Math.max(job.arrival() + rtt / 2, freeAt[i]) + service + rtt / 2;
            if (finish < bestFinish) {
                bestFinish = finish;
                best = i;
            }
        }
        return best;
    }

    /**
     * Seconds node {@code i} needs, from {@code now}, for everything it holds or has been sent: at its true mean
     * speed, from each generation's true progress, with the answers' remaining lengths estimated.
     */
    private static double liveDrain(Scenario s, int i, List<Run> runs, double now, ExpectedLength lengths) {
        double prefill = PRIORS.prefillSpeedup(s.gpu()[i]);
        List<DrainTime.Generation> holding = new ArrayList<>();
        for (int k = runs.size() - 1; k >= 0 && runs.get(k).end() > now; k--) {
            Run run = runs.get(k);
            int generated = 0;
            if (run.start() <= now) {
                double tokens = (now - run.start()) * run.tps() - run.job().prompt() / prefill;
                generated = (int) Math.max(0, Math.min(run.job().output(), Math.floor(tokens)));
            }
            holding.add(new DrainTime.Generation(MODEL, run.job().maxTokens(), run.job().prompt(), generated));
        }
        return DrainTime.seconds(holding, lengths, m -> s.speed()[i], prefill);
    }

    private static int ahead(NodeSnapshot node, Map<String, Integer> recent) {
        return node.activeGenerations() + node.queuedGenerations() + recent.getOrDefault(node.node(), 0);
    }

    /** The node's known decode speed: measured, else the prior (what the cost model would use). */
    private static double speed(CostModel costModel, NodeSnapshot node) {
        return costModel.estimate(node, new RouteRequest(MODEL, OptionalInt.empty(), 0), 1, 0).tokensPerSecond();
    }

    private static int index(Scenario s, String name) {
        for (int i = 0; i < s.nodes(); i++) if (s.names()[i].equals(name)) return i;
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
