package aura.adapters.out.oshi;

import aura.application.monitor.port.Telemetry;
import aura.domain.monitor.MetricNames;
import aura.domain.monitor.Reading;
import jakarta.inject.Singleton;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;
import oshi.software.os.OperatingSystem;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's side of a monitor sample, read with OSHI: CPU in total and per core (between this reading's ticks
 * and the previous one's, so the first reading has none), memory and swap, space per local mount, bytes read and
 * written per physical disk and bytes in and out over all interfaces (as counters), load averages and the
 * process count. OSHI starts on the first reading, never at node start-up.
 */
@Singleton
public class OshiHostTelemetry implements Telemetry {
    private final Clock clock;
    private SystemInfo system;
    private HardwareAbstractionLayer hal;
    private List<HWDiskStore> disks;
    private long[] previousTicks;
    private long[][] previousCoreTicks;

    public OshiHostTelemetry(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Reading read() {
        if (hal == null) {
            system = new SystemInfo();
            hal = system.getHardware();
            disks = hal.getDiskStores();
        }
        Map<String, Double> gauges = new HashMap<>();
        Map<String, Double> counters = new HashMap<>();
        cpu(hal.getProcessor(), gauges);
        memory(gauges);
        OperatingSystem os = system.getOperatingSystem();
        for (OSFileStore store : os.getFileSystem().getFileStores(true)) {
            if (store.getTotalSpace() <= 0) continue;
            double used = store.getTotalSpace() - store.getUsableSpace();
            gauges.put(MetricNames.labelled("disk.used_bytes", store.getMount()), used);
            gauges.put(MetricNames.labelled("disk.used_fraction", store.getMount()), used / store.getTotalSpace());
        }
        for (HWDiskStore disk : disks) {
            if (!disk.updateAttributes()) continue;
            counters.put(MetricNames.labelled("disk.read_bytes", disk.getName()), (double) disk.getReadBytes());
            counters.put(MetricNames.labelled("disk.write_bytes", disk.getName()), (double) disk.getWriteBytes());
        }
        double in = 0;
        double out = 0;
        for (NetworkIF nif : hal.getNetworkIFs(false)) {
            in += nif.getBytesRecv();
            out += nif.getBytesSent();
        }
        counters.put("net.bytes_in", in);
        counters.put("net.bytes_out", out);
        double[] load = hal.getProcessor().getSystemLoadAverage(3);
        String[] names = {"load.1m", "load.5m", "load.15m"};
        for (int i = 0; i < 3; i++) if (load[i] >= 0) gauges.put(names[i], load[i]);
        gauges.put("process.count", (double) os.getProcessCount());
        return new Reading(clock.instant(), gauges, counters);
    }

    private void cpu(CentralProcessor cpu, Map<String, Double> gauges) {
        long[] ticks = cpu.getSystemCpuLoadTicks();
        long[][] coreTicks = cpu.getProcessorCpuLoadTicks();
        if (previousTicks != null) {
            gauges.put("cpu.load", cpu.getSystemCpuLoadBetweenTicks(previousTicks));
            if (previousCoreTicks.length == coreTicks.length) {
                double[] cores = cpu.getProcessorCpuLoadBetweenTicks(previousCoreTicks);
                for (int i = 0; i < cores.length; i++) gauges.put("cpu.core:" + i, cores[i]);
            }
        }
        previousTicks = ticks;
        previousCoreTicks = coreTicks;
    }

    private void memory(Map<String, Double> gauges) {
        var memory = hal.getMemory();
        double used = memory.getTotal() - memory.getAvailable();
        gauges.put("memory.used_bytes", used);
        gauges.put("memory.total_bytes", (double) memory.getTotal());
        if (memory.getTotal() > 0) gauges.put("memory.used_fraction", used / memory.getTotal());
        var swap = memory.getVirtualMemory();
        gauges.put("swap.used_bytes", (double) swap.getSwapUsed());
        gauges.put("swap.total_bytes", (double) swap.getSwapTotal());
    }
}
