package aura.domain.lnn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@link LnnModel}s in the AURA-LNN format, version 1 (docs/LNN-MODEL-FORMAT.md): the magic
 * {@code AURA-LNN}, the version, a string key/value header, named float64 tensors (the wiring adjacencies, the
 * normalisation, then the network parameters), and the trailer {@code AURA-END}. Big-endian, as
 * {@link DataOutput} writes. A read then write gives the same bytes.
 */
public final class LnnModelCodec {

    public static final int VERSION = 1;
    private static final byte[] MAGIC = "AURA-LNN".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "AURA-END".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ENTRIES = 100_000;
    private static final int MAX_RANK = 8;
    private static final long MAX_VALUES = 1L << 27;
    private static final String MEAN = "normalisation.mean";
    private static final String STD = "normalisation.std";
    private static final String RESIDUAL_STD = "forecast.residual_std";

    private LnnModelCodec() {
    }

    public static void write(LnnModel model, DataOutput out) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        Map<String, String> header = ModelHeader.describe(model);
        out.writeInt(header.size());
        for (Map.Entry<String, String> e : header.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        Parameters tensors = Parameters.empty();
        Wiring wiring = wiringOf(model.cell());
        if (wiring != null) {
            tensors = tensors.with(ModelHeader.ADJACENCY, wiring.adjacency().toTensor())
                    .with(ModelHeader.SENSORY_ADJACENCY, wiring.sensoryAdjacency().toTensor());
        }
        tensors = tensors.with(MEAN, Tensor.vector(model.normalisation().mean()))
                .with(STD, Tensor.vector(model.normalisation().std()));
        if (model.calibration() != null) {
            tensors = tensors.with(RESIDUAL_STD, Tensor.vector(model.calibration().residualStd()));
        }
        tensors = tensors.plus(model.parameters());
        out.writeInt(tensors.tensors().size());
        for (Map.Entry<String, Tensor> e : tensors.tensors().entrySet()) {
            writeTensor(out, e.getKey(), e.getValue());
        }
        out.write(TRAILER);
    }

    /**
     * Reads one model.
     *
     * @throws IOException when the stream ends early, is not an AURA-LNN file, has an unknown version, or
     *                     describes an inconsistent model (the message says what is wrong)
     */
    public static LnnModel read(DataInput in) throws IOException {
        expect(in, MAGIC, "not an AURA-LNN model file (bad magic)");
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported AURA-LNN version " + version + " (this reader knows " + VERSION + ")");
        }
        Map<String, String> header = new LinkedHashMap<>();
        int entries = count(in.readInt(), "header entries");
        for (int i = 0; i < entries; i++) {
            header.put(in.readUTF(), in.readUTF());
        }
        int count = count(in.readInt(), "tensors");
        Map<String, Tensor> all = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            all.put(name, readTensor(in, name));
        }
        expect(in, TRAILER, "model file is truncated or has trailing garbage before its end marker");
        try {
            Parameters tensors = new Parameters(all);
            CellSpec cell = ModelHeader.cellSpec(header, tensors);
            Normalisation norm = new Normalisation(ModelHeader.list(header, "column"),
                    tensors.tensor(MEAN).data(), tensors.tensor(STD).data());
            Map<String, Tensor> params = new LinkedHashMap<>(all);
            params.keySet().removeAll(java.util.List.of(ModelHeader.ADJACENCY, ModelHeader.SENSORY_ADJACENCY, MEAN, STD,
                    RESIDUAL_STD));
            Calibration calibration = tensors.has(RESIDUAL_STD) ? new Calibration(
                    ModelHeader.integer(header, Calibration.WINDOW_KEY), tensors.tensor(RESIDUAL_STD).data()) : null;
            return new LnnModel(cell, new Parameters(params), norm, ModelHeader.list(header, "target"),
                    Double.parseDouble(ModelHeader.get(header, "training_dt")), calibration);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid AURA-LNN model: " + e.getMessage(), e);
        }
    }

    private static Wiring wiringOf(CellSpec cell) {
        if (cell instanceof LtcSpec s) {
            return s.wiring();
        }
        return cell instanceof WiredCfcSpec s ? s.wiring() : null;
    }

    static void writeTensor(DataOutput out, String name, Tensor t) throws IOException {
        out.writeUTF(name);
        out.writeInt(t.rank());
        for (int d : t.shape()) {
            out.writeInt(d);
        }
        for (int i = 0; i < t.size(); i++) {
            out.writeDouble(t.get(i));
        }
    }

    static Tensor readTensor(DataInput in, String name) throws IOException {
        int rank = in.readInt();
        if (rank < 0 || rank > MAX_RANK) {
            throw new IOException("tensor '" + name + "' has rank " + rank);
        }
        int[] shape = new int[rank];
        long size = 1;
        for (int i = 0; i < rank; i++) {
            shape[i] = in.readInt();
            size *= Math.max(shape[i], 0);
            if (shape[i] < 0 || size > MAX_VALUES) {
                throw new IOException("tensor '" + name + "' has an invalid shape " + Arrays.toString(shape));
            }
        }
        double[] data = new double[(int) size];
        for (int i = 0; i < data.length; i++) {
            data[i] = in.readDouble();
        }
        return new Tensor(shape, data);
    }

    private static int count(int n, String what) throws IOException {
        if (n < 0 || n > MAX_ENTRIES) {
            throw new IOException("implausible number of " + what + ": " + n);
        }
        return n;
    }

    private static void expect(DataInput in, byte[] marker, String message) throws IOException {
        byte[] got = new byte[marker.length];
        in.readFully(got);
        if (!Arrays.equals(got, marker)) {
            throw new IOException(message);
        }
    }
}
