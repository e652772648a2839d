package aura.application.lnn;

import aura.domain.problem.InvalidInput;

/** The cells a forecaster can be trained with. */
public enum CellKind {
    /** Liquid time-constant network, fully connected, softplus constraints (ncps {@code LTC} defaults). */
    LTC,
    /** Closed-form continuous-time network, default mode, one backbone layer, with an output projection. */
    CFC;

    /** Parses {@code ltc} or {@code cfc}, case-insensitively. */
    public static CellKind parse(String name) {
        for (CellKind k : values()) {
            if (k.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return k;
            }
        }
        throw new InvalidInput("cell", "unknown cell '" + name + "'; expected ltc or cfc");
    }
}
