package aura.adapters.in.cli;

import aura.application.tda.ComputePersistence;
import aura.application.tda.PersistenceQuery;
import aura.domain.tda.Barcode;
import aura.domain.tda.FiniteMetricSpace;
import aura.domain.tda.InputFormat;
import aura.domain.tda.MetricSpaceParser;
import aura.domain.tda.RipsParameters;
import aura.domain.tda.RipserFormat;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code aura-node tda rips FILE}: Vietoris–Rips barcode, printed exactly as Ripser prints it. */
@Command(name = "rips", mixinStandardHelpOptions = true,
        description = "Vietoris-Rips persistence barcodes of a point cloud or distance matrix (Ripser's output format).")
class TdaRipsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "CSV or whitespace-separated rows of numbers")
    Path file;

    @Option(names = "--dim", paramLabel = "N", defaultValue = "1", description = "highest homology dimension (default: ${DEFAULT-VALUE})")
    int dim;

    @Option(names = "--threshold", paramLabel = "T", description = "only simplices of diameter <= T (default: none)")
    Double threshold;

    @Option(names = "--modulus", paramLabel = "P", defaultValue = "2", description = "prime p of the coefficients Z/p (default: ${DEFAULT-VALUE})")
    int modulus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "point-cloud", converter = FormatConverter.class,
            description = "point-cloud, distance-matrix or lower-distance (default: ${DEFAULT-VALUE})")
    InputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RipsParameters parameters = new RipsParameters(dim, threshold == null ? Double.POSITIVE_INFINITY : threshold, modulus);
        FiniteMetricSpace space = TdaFiles.parse(file, lines -> MetricSpaceParser.parse(lines, format));
        Barcode barcode;
        try (ApplicationContext context = CommandContext.start()) {
            barcode = context.getBean(ComputePersistence.class)
                    .compute(new PersistenceQuery(space, parameters, OptionalDouble.empty()), () -> false).barcode();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(RipserFormat.format(barcode));
        out.flush();
        return 0;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "point-cloud" -> InputFormat.POINT_CLOUD;
                case "distance-matrix" -> InputFormat.DISTANCE_MATRIX;
                case "lower-distance" -> InputFormat.LOWER_DISTANCE;
                default -> throw new CommandLine.TypeConversionException("unknown format '" + value
                        + "' (expected point-cloud, distance-matrix or lower-distance)");
            };
        }
    }
}
