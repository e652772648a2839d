package aura.adapters.in.cli;

import picocli.CommandLine.Command;

/** {@code aura-node tda ...}: topological data analysis from the command line. */
@Command(name = "tda", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Persistent homology of point clouds and distances between persistence diagrams.",
        subcommands = {TdaRipsCommand.class, TdaDistanceCommand.class, TdaBenchCommand.class})
class TdaCommand {
}
