package aura.testing;

import aura.adapters.out.cuda.CudaGpuProbe;
import aura.application.node.port.GpuProbe;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One GPU, in place of the CUDA probe, for a node started with the system property {@code aura.test.gpus=true}.
 * With {@code aura.monitor.nvidia-smi} set to {@link #nvidiaSmi()} the node's own adapter reads the device's
 * figures from a stand-in that answers the query in nvidia-smi's CSV: 87 % busy, 60 of 79.6 GiB, 71 °C.
 */
@Singleton
@Replaces(CudaGpuProbe.class)
@Requires(property = "aura.test.gpus", value = "true")
public class StandInGpus implements GpuProbe {
    @Override
    public GpuInventory probe() {
        return new GpuInventory(List.of(new GpuDevice(0, "NVIDIA H100 80GB HBM3", 81559)));
    }

    /** The stand-in nvidia-smi, in a directory of its own that lasts as long as the test's JVM. */
    public static Path nvidiaSmi() {
        try {
            Path dir = Files.createTempDirectory("aura-nvidia-smi");
            Path script = dir.resolve("nvidia-smi");
            Files.writeString(script, "#!/bin/sh\nprintf '0, 87, 61440, 81559, 71\\n'\n");
            if (!script.toFile().setExecutable(true)) throw new IOException("cannot make " + script + " executable");
            script.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
