package aura.application.chat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A way to stop a running generation from another thread (the stall watchdog). */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Runnable> onCancel = new AtomicReference<>(() -> { });

    /** What to do to abort; runs at once if cancellation already happened. */
    public void onCancel(Runnable action) {
        onCancel.set(action);
        if (cancelled.get()) action.run();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) onCancel.get().run();
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
