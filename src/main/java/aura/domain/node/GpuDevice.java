package aura.domain.node;

/** One accelerator as the driver reports it. */
public record GpuDevice(int index, String name, long memoryMiB) {
    public GpuDevice {
        if (index < 0) throw new IllegalArgumentException("GPU index must be >= 0");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("GPU name must not be blank");
        if (memoryMiB < 0) throw new IllegalArgumentException("GPU memory must be >= 0");
    }
}
