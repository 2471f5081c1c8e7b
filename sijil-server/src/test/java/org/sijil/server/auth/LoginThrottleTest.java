package org.sijil.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Policy.STANDARD, clock);

  @Test
  void threeFailuresAreFreeThenTheWaitDoublesUpToTheCeiling() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.retryAfter("amal", "10.0.0.1")).isEmpty();
      throttle.recordFailure("amal", "10.0.0.1");
    }
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).isEmpty();
    throttle.recordFailure("amal", "10.0.0.1");
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    throttle.recordFailure("amal", "10.0.0.1");
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).contains(Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      throttle.recordFailure("amal", "10.0.0.1");
    }
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).contains(Duration.ofMinutes(15));
  }

  @Test
  void theUserIsThrottledFromAnyAddressAndTheAddressForAnyUser() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("amal", "10.0.0." + i);
    }
    assertThat(throttle.retryAfter("AMAL", "192.168.1.1")).isPresent();
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("user" + i, "10.9.9.9");
    }
    assertThat(throttle.retryAfter("someone-else", "10.9.9.9")).isPresent();
    assertThat(throttle.retryAfter("someone-else", "10.9.9.8")).isEmpty();
  }

  @Test
  void aSuccessClearsTheUserButNotTheAddress() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("user" + i, "10.9.9.9");
    }
    throttle.recordFailure("amal", "10.9.9.9");
    throttle.recordSuccess("amal");
    assertThat(throttle.retryAfter("amal", "10.0.0.2")).isEmpty();
    assertThat(throttle.retryAfter("amal", "10.9.9.9")).isPresent();
  }

  @Test
  void failuresAreForgottenAfterAQuietHour() {
    for (int i = 0; i < 6; i++) {
      throttle.recordFailure("amal", "10.0.0.1");
    }
    clock.advance(Duration.ofMinutes(59));
    throttle.recordFailure("amal", "10.0.0.1");
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).contains(Duration.ofSeconds(8));
    clock.advance(Duration.ofMinutes(61));
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).isEmpty();
    throttle.recordFailure("amal", "10.0.0.1");
    assertThat(throttle.retryAfter("amal", "10.0.0.1")).isEmpty();
  }

  @Test
  void theNumberOfTrackedKeysIsBounded() {
    LoginThrottle small =
        new LoginThrottle(
            new LoginThrottle.Policy(
                0, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofHours(1), 4),
            clock);
    for (int i = 0; i < 50; i++) {
      small.recordFailure("u" + i, "a" + i);
      clock.advance(Duration.ofMillis(1));
    }
    assertThat(small.retryAfter("u49", "a49")).isPresent();
    assertThat(small.retryAfter("u0", "a0")).isEmpty();
  }
}
