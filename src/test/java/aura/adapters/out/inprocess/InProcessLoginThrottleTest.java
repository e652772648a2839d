package aura.adapters.out.inprocess;

import aura.application.auth.port.LoginThrottle;
import aura.application.auth.LoginThrottleContract;

import java.time.Clock;

class InProcessLoginThrottleTest extends LoginThrottleContract {
    private final InProcessLoginThrottle throttle = new InProcessLoginThrottle(Clock.systemUTC());

    @Override
    protected LoginThrottle throttle() {
        return throttle;
    }
}
