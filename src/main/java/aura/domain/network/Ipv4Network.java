package aura.domain.network;

import aura.domain.problem.InvalidInput;

/** An IPv4 network in CIDR form ({@code 10.0.0.0/24}): its first address, with no host bits set, and its prefix. */
public record Ipv4Network(Ipv4Address base, int prefix) {
    public Ipv4Network {
        if (prefix < 0 || prefix > 32) throw new IllegalArgumentException("prefix " + prefix + " is not 0-32");
        if ((base.bits() & ~mask(prefix)) != 0) throw new IllegalArgumentException(base + "/" + prefix + " has host bits set");
    }

    /** @throws InvalidInput naming {@code field} when {@code text} is not {@code a.b.c.d/p} with no host bits set */
    public static Ipv4Network parse(String text, String field) {
        int slash = text == null ? -1 : text.indexOf('/');
        String prefixText = slash < 0 ? "" : text.substring(slash + 1);
        if (slash < 0 || prefixText.isEmpty() || prefixText.length() > 2 || !prefixText.chars().allMatch(Character::isDigit)
                || Integer.parseInt(prefixText) > 32) {
            throw new InvalidInput(field, "'" + text + "' is not an IPv4 network (like 10.0.0.0/24)");
        }
        Ipv4Address address = Ipv4Address.parse(text.substring(0, slash), field);
        int prefix = Integer.parseInt(prefixText);
        int base = address.bits() & mask(prefix);
        if (base != address.bits()) {
            throw new InvalidInput(field, "'" + text + "' has host bits set: the network is "
                    + new Ipv4Address(base) + "/" + prefix);
        }
        return new Ipv4Network(address, prefix);
    }

    public boolean contains(Ipv4Address address) {
        return (address.bits() & mask(prefix)) == base.bits();
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    @Override
    public String toString() {
        return base + "/" + prefix;
    }
}
