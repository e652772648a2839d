package aura.adapters.out.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The wall clock, in UTC; tests that need another time build their use cases by hand. */
@Factory
public class SystemClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
