package aura.domain.node;

/** Space on one mounted file system, in bytes; used never exceeds total. */
public record DiskUsage(String mount, long usedBytes, long totalBytes) {
    public DiskUsage {
        if (totalBytes < 0 || usedBytes < 0) throw new IllegalArgumentException("disk sizes must be >= 0");
        usedBytes = Math.min(usedBytes, totalBytes);
    }
}
