package aura.domain.routing;

/** Why a candidate lost, in words a person reading the route event or the decision log understands. */
final class LossReasons {
    private LossReasons() {
    }

    /** {@code tieLimit}: the estimate up to which a candidate was a near-tie of the best. */
    static String why(Router.Scored loser, Router.Scored chosen, double tieLimit) {
        Estimate l = loser.estimate();
        Estimate c = chosen.estimate();
        if (l.seconds() <= tieLimit) {
            String spread = loser.ahead() > chosen.ahead()
                    ? "spread to the less busy " + c.node() + " (" + chosen.ahead() + " vs " + loser.ahead() + " generations ahead)"
                    : "took turns with " + c.node() + " to spread load";
            return "near-tie: " + seconds(l.seconds()) + " vs " + seconds(c.seconds()) + "; " + spread;
        }
        return "slower: " + seconds(l.seconds()) + " vs " + seconds(c.seconds()) + "; " + mainCause(loser, chosen);
    }

    /** The part of the estimate that differs most from the chosen node's. */
    private static String mainCause(Router.Scored loser, Router.Scored chosen) {
        Estimate l = loser.estimate();
        Estimate c = chosen.estimate();
        double queue = l.queueSeconds() - c.queueSeconds();
        double load = l.loadSeconds() - c.loadSeconds();
        double network = l.networkSeconds() - c.networkSeconds();
        double generation = l.generationSeconds() - c.generationSeconds();
        double most = Math.max(Math.max(queue, load), Math.max(network, generation));
        if (most == queue) {
            return "busy: " + loser.ahead() + (loser.ahead() == 1 ? " generation" : " generations") + " ahead ("
                    + loser.node().activeGenerations() + " active, " + loser.node().queuedGenerations() + " queued, "
                    + (loser.ahead() - loser.node().activeGenerations() - loser.node().queuedGenerations())
                    + " just sent)";
        }
        if (most == load) return "model not loaded (+" + seconds(l.loadSeconds()) + " to load)";
        if (most == network) return "farther: rtt " + millis(l.networkSeconds()) + " vs " + millis(c.networkSeconds());
        String speed = "slower generation: " + tenths(l.tokensPerSecond()) + " tok/s" + (l.measured() ? "" : " (prior)")
                + " vs " + tenths(c.tokensPerSecond()) + " tok/s" + (c.measured() ? "" : " (prior)");
        return loser.node().cpuLoad() > chosen.node().cpuLoad() + 0.2
                ? speed + ", cpu " + Math.round(loser.node().cpuLoad() * 100) + "% busy" : speed;
    }

    /** "1.23 s" under 10 s, "12.3 s" above; no String.format, which would cost more than the decision. */
    static String seconds(double s) {
        return (s < 10 ? hundredths(s) : tenths(s)) + " s";
    }

    static String millis(double s) {
        return Math.round(s * 1000) + " ms";
    }

    static String tenths(double v) {
        long t = Math.round(v * 10);
        return t / 10 + "." + t % 10;
    }

    static String hundredths(double v) {
        long h = Math.round(v * 100);
        long frac = h % 100;
        return h / 100 + (frac < 10 ? ".0" : ".") + frac;
    }
}
