package aura.adapters.in.cli;

import aura.application.lnn.CellKind;
import aura.application.lnn.EvaluateForecaster;
import aura.application.lnn.MetricSeries;
import aura.application.lnn.port.ModelFiles;
import aura.application.lnn.PredictRisk;
import aura.application.lnn.TrainForecaster;
import aura.application.lnn.TrainForecasterCommand;
import aura.application.lnn.TrainingSettings;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.MetricWindow;
import aura.domain.problem.InvalidInput;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code aura-node lnn train | predict | evaluate}: liquid-network forecasters on CSV metric files, through the same
 * use cases and adapters as the web door ({@link CommandContext}).
 */
@Command(name = "lnn", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Train and use liquid-network forecasters on metric CSV files.",
        subcommands = {LnnCommand.Train.class, LnnCommand.Predict.class, LnnCommand.Evaluate.class})
class LnnCommand {

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(new String(JsonMapper.createDefault().writeValueAsBytes(value),
                    java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true, description = "Train a forecaster on CSV columns.")
    static class Train implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Option(names = "--csv", required = true, paramLabel = "FILE", description = "metrics, one row per step, header row")
        Path csv;
        @Option(names = "--columns", required = true, split = ",", paramLabel = "a,b,c", description = "columns to read and forecast")
        List<String> columns;
        @Option(names = "--cell", defaultValue = "ltc", paramLabel = "ltc|cfc", description = "cell type (default: ${DEFAULT-VALUE})")
        String cell;
        @Option(names = "--units", defaultValue = "32", paramLabel = "N", description = "neurons (default: ${DEFAULT-VALUE})")
        int units;
        @Option(names = "--window", defaultValue = "32", paramLabel = "W", description = "rows per training window (default: ${DEFAULT-VALUE})")
        int window;
        @Option(names = "--epochs", defaultValue = "30", paramLabel = "E", description = "most epochs; stops early on a flat validation loss (default: ${DEFAULT-VALUE})")
        int epochs;
        @Option(names = "--model", required = true, paramLabel = "OUT", description = "where to write the model")
        Path model;

        @Override
        public Integer call() {
            TrainingSettings settings = TrainingSettings.defaults(CellKind.parse(cell)).withUnits(units)
                    .withWindow(window).withEpochs(epochs);
            MetricSeries series = CsvFile.read(csv, columns);
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
            LnnModel trained;
            try (ApplicationContext context = CommandContext.start()) {
                trained = context.getBean(TrainForecaster.class).train(new TrainForecasterCommand(series, columns,
                        settings, 1.0, bar));
                context.getBean(ModelFiles.class).write(trained, model);
            }
            bar.finish("wrote " + model + " (" + settings.cell().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + units + " units, window " + window + ", held-out one-step RMS error "
                    + Arrays.toString(trained.calibration().residualStd()) + ")");
            return 0;
        }
    }

    /** What predict and evaluate share: a model file and a CSV of metrics with its columns in, one JSON report out. */
    abstract static class ModelReport implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Option(names = "--model", required = true, paramLabel = "MODEL", description = "a model written by lnn train")
        Path model;
        @Option(names = "--csv", required = true, paramLabel = "FILE", description = "metrics with the model's columns")
        Path csv;

        abstract Object report(ApplicationContext context, LnnModel m, MetricSeries series);

        @Override
        public Integer call() {
            try (ApplicationContext context = CommandContext.start()) {
                LnnModel m = context.getBean(ModelFiles.class).read(model);
                MetricSeries series = CsvFile.read(csv, m.normalisation().columns());
                printJson(spec.commandLine().getOut(), report(context, m, series));
            }
            return 0;
        }
    }

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "Print the forecast and risks for the file's latest window as JSON.")
    static class Predict extends ModelReport {
        @Override
        Object report(ApplicationContext context, LnnModel m, MetricSeries series) {
            return LnnJson.report(context.getBean(PredictRisk.class)
                    .predict(new PredictRisk.RiskQuery(m, latest(m, series), null)));
        }

        private MetricWindow latest(LnnModel m, MetricSeries series) {
            int window = m.calibrationIfKnown().map(c -> c.window()).orElse(32);
            if (series.length() < window) {
                throw new InvalidInput(csv.toString(), csv + ": " + series.length() + " rows; the model reads windows of "
                        + window);
            }
            return MetricWindow.regular(series.rows(series.length() - window, series.length()));
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Print, as JSON, the one-step MSE of the model and of the naive forecast, window by window.")
    static class Evaluate extends ModelReport {
        @Override
        Object report(ApplicationContext context, LnnModel m, MetricSeries series) {
            return LnnJson.evaluation(context.getBean(EvaluateForecaster.class).evaluate(m, series));
        }
    }
}
