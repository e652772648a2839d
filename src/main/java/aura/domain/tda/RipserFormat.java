package aura.domain.tda;

import java.util.Locale;

/**
 * Writes a barcode exactly as Ripser prints it: for each dimension {@code d} a line
 * {@code persistence intervals in dim d:}, then one line {@code  [birth,death)} per bar, or
 * {@code  [birth, )} for an infinite bar. Zero-length bars are omitted in dimension 0 (Ripser
 * never reports them). Numbers are printed like C++ streams by default: 6 significant digits,
 * no trailing zeros, scientific notation below 1e-4 or from 1e6.
 */
public final class RipserFormat {

    private RipserFormat() {
    }

    public static String format(Barcode barcode) {
        StringBuilder out = new StringBuilder();
        for (PersistenceDiagram diagram : barcode.diagrams()) {
            out.append("persistence intervals in dim ").append(diagram.dimension()).append(":\n");
            for (PersistenceInterval bar : diagram.intervals()) {
                if (diagram.dimension() == 0 && bar.isZeroLength()) {
                    continue;
                }
                out.append(" [").append(number(bar.birth())).append(',');
                out.append(bar.isInfinite() ? " " : number(bar.death())).append(")\n");
            }
        }
        return out.toString();
    }

    /** A value as {@code std::cout << value} prints it with the default precision 6. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        String suffix = exponent < 0 ? "" : text.substring(exponent);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) {
                mantissa = mantissa.substring(0, mantissa.length() - 1);
            }
        }
        return mantissa + suffix;
    }
}
