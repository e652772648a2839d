package aura.adapters.out.redis;

import io.micronaut.context.ApplicationContext;

/**
 * Waits until a node follows the mesh's session revocations again. A node clears what it confirmed each time it
 * (re)subscribes, since it may have missed revocations meanwhile; a test that confirms a session and then cuts
 * Redis must confirm it after that, not just before a late subscription forgets it.
 */
public final class RevocationsFollowed {
    private RevocationsFollowed() {
    }

    public static void await(ApplicationContext node) throws InterruptedException {
        RedisSessionStore sessions = node.getBean(RedisSessionStore.class);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!sessions.subscribed()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the node did not subscribe to revocations within 30 s");
            Thread.sleep(20);
        }
    }
}
