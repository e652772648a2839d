package aura.adapters.in.cli;

import picocli.CommandLine.Command;

/** {@code aura-node monitor ...}: the monitor's alert rules and detector from the command line. */
@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "The monitor's alert rules in force, its anomaly detector over benchmark files, and its timings.",
        subcommands = {MonitorRulesCommand.class, MonitorNabCommand.class, MonitorBenchCommand.class})
class MonitorCommand {
}
