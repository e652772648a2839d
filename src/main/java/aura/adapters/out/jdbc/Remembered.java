package aura.adapters.out.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rows read on every request (an account, an API key, a budget), remembered for {@link #FOR} so the request does
 * not read them again: the mesh's promise that a change made on another node is honoured within the second. A
 * change made through this node calls {@link #forget} after its write, so it is seen here at once (a read that
 * raced the write finishes before it, and the next read sees the new row). Absent rows are remembered too, as
 * an empty value.
 */
final class Remembered<V> {
    static final Duration FOR = Duration.ofSeconds(1);

    private final Cache<String, Optional<V>> recent = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(FOR).build();

    /** The value as read at most {@link #FOR} ago, reading it now with {@code read} if it is not remembered. */
    Optional<V> get(String key, Function<String, Optional<V>> read) {
        return recent.get(key, read);
    }

    /** The value if it was read less than {@link #FOR} ago and found; empty otherwise. Never reads. */
    Optional<V> ifRemembered(String key) {
        Optional<V> known = recent.getIfPresent(key);
        return known == null ? Optional.empty() : known;
    }

    void forget(String key) {
        recent.invalidate(key);
    }
}
