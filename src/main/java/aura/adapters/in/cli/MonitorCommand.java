package aura.adapters.in.cli;

import picocli.CommandLine.Command;

/** {@code aura-node monitor ...}: the monitor's detector from the command line. */
@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "The monitor's anomaly detector over benchmark files, and its timings.",
        subcommands = {MonitorNabCommand.class, MonitorBenchCommand.class})
class MonitorCommand {
}
