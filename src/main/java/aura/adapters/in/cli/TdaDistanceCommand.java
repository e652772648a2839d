package aura.adapters.in.cli;

import aura.application.tda.CompareDiagrams;
import aura.application.tda.DiagramComparison;
import aura.domain.tda.DiagramParser;
import aura.domain.tda.PersistenceDiagram;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code aura-node tda distance A B}: exact Wasserstein or bottleneck distance between two diagram files. */
@Command(name = "distance", mixinStandardHelpOptions = true,
        description = "Distance between two persistence diagrams (files of lines 'birth death', 'inf' allowed).")
class TdaDistanceCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "A", description = "first diagram")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "second diagram")
    Path second;

    @ArgGroup(exclusive = true)
    Metric metric = new Metric();

    static class Metric {
        @Option(names = "--p", paramLabel = "P", description = "exact p-Wasserstein distance, p >= 1 (default: 2)")
        Double p;

        @Option(names = "--bottleneck", description = "exact bottleneck distance instead")
        boolean bottleneck;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PersistenceDiagram a = TdaFiles.parse(first, lines -> DiagramParser.parse(lines, 0));
        PersistenceDiagram b = TdaFiles.parse(second, lines -> DiagramParser.parse(lines, 0));
        DiagramComparison comparison = metric.bottleneck ? DiagramComparison.bottleneck(a, b)
                : new DiagramComparison(a, b, metric.p == null ? 2 : metric.p);
        double distance;
        try (ApplicationContext context = CommandContext.start()) {
            distance = context.getBean(CompareDiagrams.class).compare(comparison, () -> false);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Double.isInfinite(distance) ? "inf" : Double.toString(distance));
        out.flush();
        return 0;
    }
}
