package aura.adapters.out.oshi;

import aura.application.node.port.HostMetricsSource;
import aura.domain.node.DiskUsage;
import aura.domain.node.HostMetrics;
import jakarta.inject.Singleton;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;

import java.time.Clock;
import java.util.List;

/**
 * Host metrics read with OSHI. CPU load is measured between this reading's ticks and the previous one's, so
 * the first reading waits half a second for a fresh sample.
 */
@Singleton
public class OshiHostMetrics implements HostMetricsSource {
    private static final long FIRST_SAMPLE_MS = 500;

    private final Clock clock;
    private volatile HardwareAbstractionLayer hardware;
    private volatile SystemInfo system;
    private long[] previousTicks;

    public OshiHostMetrics(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HostMetrics read() {
        HardwareAbstractionLayer hal = hardware();
        var memory = hal.getMemory();
        double[] load = hal.getProcessor().getSystemLoadAverage(3);
        return new HostMetrics(clock.instant(), cpuLoad(hal.getProcessor()),
                memory.getTotal() - memory.getAvailable(), memory.getTotal(), disks(), bytes(hal, true),
                bytes(hal, false), new HostMetrics.LoadAverage(load[0], load[1], load[2]));
    }

    private synchronized double cpuLoad(CentralProcessor cpu) {
        if (previousTicks == null) {
            double load = cpu.getSystemCpuLoad(FIRST_SAMPLE_MS);
            previousTicks = cpu.getSystemCpuLoadTicks();
            return load;
        }
        double load = cpu.getSystemCpuLoadBetweenTicks(previousTicks);
        previousTicks = cpu.getSystemCpuLoadTicks();
        return load;
    }

    private List<DiskUsage> disks() {
        return system.getOperatingSystem().getFileSystem().getFileStores(true).stream()
                .filter(store -> store.getTotalSpace() > 0)
                .map(this::usage)
                .toList();
    }

    private DiskUsage usage(OSFileStore store) {
        return new DiskUsage(store.getMount(), store.getTotalSpace() - store.getUsableSpace(), store.getTotalSpace());
    }

    private static long bytes(HardwareAbstractionLayer hal, boolean received) {
        long total = 0;
        for (NetworkIF nif : hal.getNetworkIFs(false)) {
            total += received ? nif.getBytesRecv() : nif.getBytesSent();
        }
        return total;
    }

    /** OSHI takes a while to initialise; do it on first use, never at node start-up. */
    private HardwareAbstractionLayer hardware() {
        if (hardware == null) {
            synchronized (this) {
                if (hardware == null) {
                    system = new SystemInfo();
                    hardware = system.getHardware();
                }
            }
        }
        return hardware;
    }

}
