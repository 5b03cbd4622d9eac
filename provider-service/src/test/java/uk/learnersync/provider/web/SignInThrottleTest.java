package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic over a quarter of an hour, with a clock the test moves. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-29T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresWithinTheWindowLockTheAccountForTheLockPeriod() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ann@Provider.test");
        }
        assertThat(throttle.isLocked("ann@provider.test")).isFalse();

        throttle.failed("ann@provider.test");

        assertThat(throttle.isLocked("ANN@provider.test")).isTrue();
        assertThat(throttle.isLocked("bob@provider.test")).isFalse();
        now = now.plus(SignInThrottle.LOCK).plusSeconds(1);
        assertThat(throttle.isLocked("ann@provider.test")).isFalse();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ann@provider.test");
            now = now.plus(Duration.ofMinutes(4));
        }

        assertThat(throttle.isLocked("ann@provider.test")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ann@provider.test");
        }
        throttle.succeeded("ann@provider.test");
        throttle.failed("ann@provider.test");

        assertThat(throttle.isLocked("ann@provider.test")).isFalse();
    }
}
