package aura.adapters.in.cli;

import aura.domain.monitor.AlertRule;
import aura.domain.monitor.OwnAlertRule;
import aura.domain.monitor.PrometheusDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code aura-node monitor rules [--file F] [--inventory I]}: checks the person's alert rules the way a starting
 * node does (exit 2 and {@code FILE:LINE: what is wrong}) and lists the rules in force with where each comes from.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check the alert rules (the inventory's monitor section, the rules file) and list those in force.")
class MonitorRulesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--file", paramLabel = "F", description = "the rules file (default: DATA-DIR/" + AlertRulesYaml.FILE + " when there is one)")
    Path file;

    @Option(names = "--inventory", paramLabel = "FILE", description = "the inventory whose monitor: section to add (default: AURA_INVENTORY, else none)")
    Path inventory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path inventoryFile = inventory != null ? inventory
                : Optional.ofNullable(System.getenv("AURA_INVENTORY")).map(Path::of).orElse(null);
        List<OwnAlertRule> own = new ArrayList<>();
        if (inventoryFile != null) own.addAll(InventoryFile.readWithLines(inventoryFile).monitor().rules());
        own.addAll(file != null ? AlertRulesYaml.file(file) : AlertRulesYaml.inDataDir(common.dataDir()));
        var rules = AlertRulesYaml.inForce(own);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d alert rules in force%n", rules.rules().size());
        for (AlertRule r : rules.rules()) {
            String from = own.stream().filter(o -> o.rule().name().equals(r.name())).map(OwnAlertRule::where).findFirst().orElse("default");
            out.printf("  %-22s %s %s %s  for %s  keep_firing_for %s  %s%s  (%s)%n", r.name(), r.metric(),
                    r.comparison() == AlertRule.Comparison.ABOVE ? ">" : "<", r.threshold(), PrometheusDuration.format(r.pending()),
                    PrometheusDuration.format(r.keepFiringFor()), r.severity().name().toLowerCase(Locale.ROOT),
                    r.drains() ? ", drains" : "", from);
        }
        own.stream().filter(o -> !o.enabled()).forEach(o -> out.printf("  %-22s switched off (%s)%n", o.rule().name(), o.where()));
        out.flush();
        return 0;
    }
}
