package aura.domain.lnn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The key/value header of the model file (see docs/LNN-MODEL-FORMAT.md): spec ↔ strings. */
final class ModelHeader {

    static final String ADJACENCY = "wiring.adjacency";
    static final String SENSORY_ADJACENCY = "wiring.sensory_adjacency";

    private ModelHeader() {
    }

    static Map<String, String> describe(LnnModel model) {
        Map<String, String> h = new LinkedHashMap<>();
        CellSpec cell = model.cell();
        h.put("cell", cell.kind());
        h.put("input_size", Integer.toString(cell.inputSize()));
        h.put("units", Integer.toString(cell.units()));
        h.put("output_size", Integer.toString(cell.outputSize()));
        h.put("projection_size", Integer.toString(model.network().projectionSize()));
        if (cell instanceof LtcSpec s) {
            wiring(h, s.wiring());
            h.put("ltc.ode_unfolds", Integer.toString(s.odeUnfolds()));
            h.put("ltc.epsilon", Double.toString(s.epsilon()));
            h.put("ltc.implicit_constraints", Boolean.toString(s.implicitConstraints()));
            h.put("ltc.input_mapping", s.inputMapping().ncpsName());
            h.put("ltc.output_mapping", s.outputMapping().ncpsName());
        } else if (cell instanceof CfcSpec s) {
            h.put("wiring", "none");
            h.put("cfc.mode", s.mode().ncpsName());
            h.put("cfc.activation", s.activation().ncpsName());
            h.put("cfc.backbone_units", Integer.toString(s.backboneUnits()));
            h.put("cfc.backbone_layers", Integer.toString(s.backboneLayers()));
        } else if (cell instanceof WiredCfcSpec s) {
            wiring(h, s.wiring());
            h.put("cfc.mode", s.mode().ncpsName());
        }
        list(h, "column", model.normalisation().columns());
        list(h, "target", model.targets());
        h.put("training_dt", Double.toString(model.trainingDt()));
        if (model.calibration() != null) {
            h.put(Calibration.WINDOW_KEY, Integer.toString(model.calibration().window()));
        }
        return h;
    }

    private static void wiring(Map<String, String> h, Wiring w) {
        h.put("wiring", w.kind());
        h.put("wiring.motor", Integer.toString(w.motorSize()));
        if (w instanceof NcpWiring n) {
            h.put("ncp.inter", Integer.toString(n.inter()));
            h.put("ncp.command", Integer.toString(n.command()));
            h.put("ncp.motor", Integer.toString(n.motor()));
        }
    }

    private static void list(Map<String, String> h, String key, List<String> values) {
        h.put(key + "s", Integer.toString(values.size()));
        for (int i = 0; i < values.size(); i++) {
            h.put(key + "." + i, values.get(i));
        }
    }

    static List<String> list(Map<String, String> h, String key) {
        int n = integer(h, key + "s");
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(get(h, key + "." + i));
        }
        return out;
    }

    /** Rebuilds the cell spec; the adjacencies come from the tensors of the same file. */
    static CellSpec cellSpec(Map<String, String> h, Parameters tensors) {
        String cell = get(h, "cell");
        return switch (cell) {
            case "ltc" -> new LtcSpec(wiring(h, tensors), integer(h, "ltc.ode_unfolds"),
                    Double.parseDouble(get(h, "ltc.epsilon")), Boolean.parseBoolean(get(h, "ltc.implicit_constraints")),
                    Mapping.fromNcpsName(get(h, "ltc.input_mapping")),
                    Mapping.fromNcpsName(get(h, "ltc.output_mapping")));
            case "cfc" -> new CfcSpec(integer(h, "input_size"), integer(h, "units"),
                    CfcMode.fromNcpsName(get(h, "cfc.mode")), Activation.fromNcpsName(get(h, "cfc.activation")),
                    integer(h, "cfc.backbone_units"), integer(h, "cfc.backbone_layers"));
            case "wired_cfc" -> new WiredCfcSpec(wiring(h, tensors), CfcMode.fromNcpsName(get(h, "cfc.mode")));
            default -> throw new IllegalArgumentException("unknown cell '" + cell + "'");
        };
    }

    private static Wiring wiring(Map<String, String> h, Parameters tensors) {
        Adjacency adj = Adjacency.fromTensor(tensors.tensor(ADJACENCY));
        Adjacency sens = Adjacency.fromTensor(tensors.tensor(SENSORY_ADJACENCY));
        String kind = get(h, "wiring");
        return switch (kind) {
            case "fully_connected" -> new FullyConnectedWiring(adj.rows(), integer(h, "wiring.motor"), adj, sens);
            case "ncp" -> new NcpWiring(integer(h, "ncp.inter"), integer(h, "ncp.command"), integer(h, "ncp.motor"),
                    adj, sens);
            default -> throw new IllegalArgumentException("unknown wiring '" + kind + "'");
        };
    }

    static String get(Map<String, String> h, String key) {
        String v = h.get(key);
        if (v == null) {
            throw new IllegalArgumentException("model header lacks '" + key + "'");
        }
        return v;
    }

    static int integer(Map<String, String> h, String key) {
        try {
            return Integer.parseInt(get(h, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model header '" + key + "' is not an integer: " + h.get(key), e);
        }
    }
}
