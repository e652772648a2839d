package aura.adapters.in.cli;

import picocli.CommandLine.Command;

/** {@code aura-node notes ...}: memory's notes from the command line. */
@Command(name = "notes", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Memory's sticky notes: their index and search, measured.",
        subcommands = {NotesBenchCommand.class})
class NotesCommand {
}
