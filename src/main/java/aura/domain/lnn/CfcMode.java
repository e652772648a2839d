package aura.domain.lnn;

/** The three CfC solutions of ncps torch {@code CfCCell}. */
public enum CfcMode {
    /** {@code h' = tanh(ff1)·(1 − g) + g·tanh(ff2)}, {@code g = σ(t_a·Δt + t_b)}. */
    DEFAULT("default"),
    /** The paper's Cf-S: {@code h' = −A·exp(−Δt·(|w_tau| + |ff1|))·ff1 + A}. */
    PURE("pure"),
    /** {@code h' = tanh(ff1) + g·tanh(ff2)}. */
    NO_GATE("no_gate");

    private final String ncpsName;

    CfcMode(String ncpsName) {
        this.ncpsName = ncpsName;
    }

    public String ncpsName() {
        return ncpsName;
    }

    public static CfcMode fromNcpsName(String name) {
        for (CfcMode m : values()) {
            if (m.ncpsName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown CfC mode '" + name + "'; expected default, pure or no_gate");
    }
}
