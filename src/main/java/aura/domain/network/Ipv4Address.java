package aura.domain.network;

import aura.domain.problem.InvalidInput;

/** An IPv4 address as its 32 bits; written and read only in dotted-quad form ({@code 10.0.0.1}). */
public record Ipv4Address(int bits) {

    /** @throws InvalidInput naming {@code field} when {@code text} is not four numbers 0-255 joined by dots */
    public static Ipv4Address parse(String text, String field) {
        String[] parts = text == null ? new String[0] : text.split("\\.", -1);
        if (parts.length != 4) throw notAnAddress(text, field);
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw notAnAddress(text, field);
            }
            int value = Integer.parseInt(part);
            if (value > 255) throw notAnAddress(text, field);
            bits = bits << 8 | value;
        }
        return new Ipv4Address(bits);
    }

    private static InvalidInput notAnAddress(String text, String field) {
        return new InvalidInput(field, "'" + text + "' is not an IPv4 address (like 10.0.0.1)");
    }

    @Override
    public String toString() {
        return (bits >>> 24) + "." + (bits >>> 16 & 255) + "." + (bits >>> 8 & 255) + "." + (bits & 255);
    }
}
