package aura.domain.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a trained adapter (name → content), as stored for a LoRA model version: the file count, then each
 * name (UTF) with its length and bytes. Names are plain file names, so writing them out cannot leave the directory.
 */
public record AdapterFiles(Map<String, byte[]> files) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public AdapterFiles {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("an adapter has at least one file");
        }
        files.keySet().forEach(n -> {
            if (!NAME.matcher(n).matches()) throw new IllegalArgumentException("not a plain file name: " + n);
        });
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public byte[] encode() {
        try {
            var bytes = new ByteArrayOutputStream();
            var out = new DataOutputStream(bytes);
            out.writeInt(files.size());
            for (var e : files.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AdapterFiles decode(byte[] bytes) {
        try {
            var in = new DataInputStream(new ByteArrayInputStream(bytes));
            int n = in.readInt();
            Map<String, byte[]> files = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                files.put(name, in.readNBytes(in.readInt()));
            }
            return new AdapterFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("stored adapter files do not read back", e);
        }
    }
}
