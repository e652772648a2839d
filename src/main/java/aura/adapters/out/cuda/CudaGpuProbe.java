package aura.adapters.out.cuda;

import aura.application.node.port.GpuProbe;
import aura.domain.node.GpuDevice;
import aura.domain.node.GpuInventory;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.bytedeco.cuda.cudart.cudaDeviceProp;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.javacpp.IntPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Reads the GPUs through the CUDA runtime (JavaCPP presets). The runtime library comes from the node's own driver
 * and toolkit; where there is none the probe answers "no GPU" at once and logs one line, never a stack trace.
 * The answer is cached: devices do not come and go while a node runs.
 */
@Singleton
public class CudaGpuProbe implements GpuProbe {
    private static final Logger LOG = LoggerFactory.getLogger(CudaGpuProbe.class);
    private static final long MIB = 1024L * 1024L;
    private static final long DRIVER_TIMEOUT_SECONDS = 10;

    private final BooleanSupplier driverPresent;
    private volatile GpuInventory cached;

    @Inject
    public CudaGpuProbe() {
        this(CudaGpuProbe::nvidiaDriverPresent);
    }

    CudaGpuProbe(BooleanSupplier driverPresent) {
        this.driverPresent = driverPresent;
    }

    @Override
    public GpuInventory probe() {
        GpuInventory result = cached;
        if (result == null) {
            synchronized (this) {
                if (cached == null) cached = detect();
                result = cached;
            }
        }
        return result;
    }

    private GpuInventory detect() {
        if (!driverPresent.getAsBoolean()) {
            LOG.info("No NVIDIA driver on this machine: no GPU");
            return GpuInventory.none();
        }
        try {
            return CompletableFuture.supplyAsync(CudaGpuProbe::readDevices)
                    .get(DRIVER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.info("CUDA runtime not usable ({}): no GPU", cause.toString());
            return GpuInventory.none();
        }
    }

    private static GpuInventory readDevices() {
        try (IntPointer count = new IntPointer(1)) {
            int status = cudart.cudaGetDeviceCount(count);
            if (status != cudart.cudaSuccess) {
                LOG.info("CUDA reports no device (error {}): no GPU", status);
                return GpuInventory.none();
            }
            List<GpuDevice> devices = new ArrayList<>();
            for (int i = 0; i < count.get(); i++) {
                try (cudaDeviceProp prop = new cudaDeviceProp()) {
                    if (cudart.cudaGetDeviceProperties(prop, i) == cudart.cudaSuccess) {
                        devices.add(new GpuDevice(i, prop.name().getString().trim(), prop.totalGlobalMem() / MIB));
                    }
                }
            }
            return new GpuInventory(devices);
        }
    }

    /** The kernel driver shows itself in procfs and /dev; without it CUDA cannot work, so don't load JNI at all. */
    static boolean nvidiaDriverPresent() {
        return Files.exists(Path.of("/proc/driver/nvidia/version")) || Files.exists(Path.of("/dev/nvidiactl"));
    }
}
