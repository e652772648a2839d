package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import aura.domain.node.Role;
import picocli.CommandLine;

/** Turns {@code --role} text into a {@link Role}; a bad value is a usage error with the domain's message. */
class RoleConverter implements CommandLine.ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
        try {
            return Role.parse(value);
        } catch (InvalidInput e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
