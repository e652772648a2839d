package aura.domain.tda;

/**
 * One bar of a persistence barcode: a homology class born at {@code birth} and dying at
 * {@code death}. The interval is half-open, {@code [birth, death)}.
 *
 * <p>Invariants: {@code birth} is finite; {@code death} is not NaN and {@code death >= birth};
 * {@code death == +infinity} marks an essential class that never dies.
 */
public record PersistenceInterval(double birth, double death) {

    public PersistenceInterval {
        if (!Double.isFinite(birth)) {
            throw new IllegalArgumentException("birth must be a finite number but was " + birth);
        }
        if (Double.isNaN(death) || death < birth) {
            throw new IllegalArgumentException(
                    "death must be at least birth, but the interval was [" + birth + ", " + death + ")");
        }
    }

    /** An essential interval {@code [birth, +infinity)}. */
    public static PersistenceInterval infinite(double birth) {
        return new PersistenceInterval(birth, Double.POSITIVE_INFINITY);
    }

    /** True when the class never dies. */
    public boolean isInfinite() {
        return death == Double.POSITIVE_INFINITY;
    }

    /** {@code death - birth}; infinite for essential classes. */
    public double persistence() {
        return death - birth;
    }

    /** True when birth and death coincide (such bars carry no topological information). */
    public boolean isZeroLength() {
        return death == birth;
    }

    /** True when the class is alive at scale {@code t}, i.e. {@code birth <= t < death}. */
    public boolean isAliveAt(double t) {
        return birth <= t && t < death;
    }
}
