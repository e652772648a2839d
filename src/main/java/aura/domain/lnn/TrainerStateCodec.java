package aura.domain.lnn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link TrainerState} as bytes, for checkpoints: magic {@code AURA-CKP}, version 1, the counters, then four
 * parameter sets (current, first moments, second moments, best), each a count and tensors written as in the model
 * format, then {@code AURA-END}. Doubles are written exactly, so a state read back is the state written.
 */
public final class TrainerStateCodec {
    private static final byte[] MAGIC = "AURA-CKP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "AURA-END".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int MAX_TENSORS = 100_000;

    private TrainerStateCodec() {
    }

    public static void write(TrainerState s, DataOutput out) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(s.step());
        out.writeInt(s.epoch());
        out.writeInt(s.position());
        out.writeDouble(s.epochLossSum());
        out.writeDouble(s.bestLoss());
        out.writeInt(s.stale());
        out.writeLong(s.elapsedNanos());
        for (Parameters p : new Parameters[] {s.current(), s.firstMoments(), s.secondMoments(), s.best()}) {
            out.writeInt(p.tensors().size());
            for (Map.Entry<String, Tensor> e : p.tensors().entrySet()) {
                LnnModelCodec.writeTensor(out, e.getKey(), e.getValue());
            }
        }
        out.write(TRAILER);
    }

    /** @throws IOException when the bytes are not a version-1 checkpoint */
    public static TrainerState read(DataInput in) throws IOException {
        expect(in, MAGIC, "not an AURA-CKP checkpoint");
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("checkpoint version " + version + " is not supported");
        }
        long step = in.readLong();
        int epoch = in.readInt();
        int position = in.readInt();
        double lossSum = in.readDouble();
        double bestLoss = in.readDouble();
        int stale = in.readInt();
        long elapsed = in.readLong();
        Parameters[] sets = new Parameters[4];
        for (int i = 0; i < sets.length; i++) {
            int n = in.readInt();
            if (n < 0 || n > MAX_TENSORS) {
                throw new IOException("implausible number of tensors: " + n);
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            for (int t = 0; t < n; t++) {
                String name = in.readUTF();
                tensors.put(name, LnnModelCodec.readTensor(in, name));
            }
            sets[i] = new Parameters(tensors);
        }
        expect(in, TRAILER, "checkpoint is truncated");
        return new TrainerState(step, epoch, position, lossSum, sets[0], sets[1], sets[2], sets[3], bestLoss, stale,
                elapsed);
    }

    private static void expect(DataInput in, byte[] marker, String message) throws IOException {
        byte[] got = new byte[marker.length];
        in.readFully(got);
        if (!java.util.Arrays.equals(got, marker)) {
            throw new IOException(message);
        }
    }
}
