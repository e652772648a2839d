package aura.domain.lnn;

/** The LTC input and output maps: {@code x·w + b}, {@code x·w}, or the identity. */
public enum Mapping {
    AFFINE("affine"), LINEAR("linear"), NONE("none");

    private final String ncpsName;

    Mapping(String ncpsName) {
        this.ncpsName = ncpsName;
    }

    public String ncpsName() {
        return ncpsName;
    }

    boolean hasWeight() {
        return this != NONE;
    }

    boolean hasBias() {
        return this == AFFINE;
    }

    public static Mapping fromNcpsName(String name) {
        for (Mapping m : values()) {
            if (m.ncpsName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mapping '" + name + "'; expected affine, linear or none");
    }
}
