package org.sijil.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few free failures, each further failed login for the same
 * user name, or from the same client address, doubles the wait before the next attempt is even
 * checked, up to a ceiling. A success clears the user's count (not the address's: one right
 * password must not reset a spray across many names). Counts are forgotten after a quiet period.
 *
 * <p>Thread-safe. In memory: a restart forgets the counts, which costs an attacker a restart of the
 * server they cannot cause.
 */
public final class LoginThrottle {

  /**
   * How failures turn into waits.
   *
   * @param freeFailures failures allowed before any wait, {@code >= 0}
   * @param firstWait the wait after the first failure beyond the free ones; it doubles with each
   *     further failure
   * @param maxWait the ceiling, {@code >= firstWait}
   * @param forgetAfter a key with no failure for this long starts again from zero
   * @param maxKeys how many user names and addresses are tracked at most; beyond it the stalest are
   *     dropped first
   */
  public record Policy(
      int freeFailures, Duration firstWait, Duration maxWait, Duration forgetAfter, int maxKeys) {
    /** 3 free failures, then 1 s doubling to 15 min; forgotten after 1 h; 100,000 keys. */
    public static final Policy STANDARD =
        new Policy(3, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 100_000);

    public Policy {
      Objects.requireNonNull(firstWait, "firstWait");
      Objects.requireNonNull(maxWait, "maxWait");
      Objects.requireNonNull(forgetAfter, "forgetAfter");
      if (freeFailures < 0) {
        throw new IllegalArgumentException("expected free failures >= 0, found " + freeFailures);
      }
      if (firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
        throw new IllegalArgumentException(
            "expected 0 < first wait <= max wait, found " + firstWait + " and " + maxWait);
      }
      if (maxKeys < 1) {
        throw new IllegalArgumentException("expected maxKeys >= 1, found " + maxKeys);
      }
    }
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  private final Policy policy;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Policy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * How long the caller must wait before this login may be checked, or empty when it may be now.
   */
  public Optional<Duration> retryAfter(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(user, address)) {
      Failures f = current(key, now);
      if (f != null && f.blockedUntil.isAfter(now)) {
        Duration d = Duration.between(now, f.blockedUntil);
        if (d.compareTo(wait) > 0) {
          wait = d;
        }
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Counts a failed login against the user name and the address. */
  public void recordFailure(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() >= policy.maxKeys()) {
      evictStalest();
    }
    for (String key : keys(user, address)) {
      failures.compute(
          key,
          (k, old) -> {
            Failures f = old == null || forgotten(old, now) ? null : old;
            int count = f == null ? 1 : f.count + 1;
            return new Failures(count, now, now.plus(wait(count)));
          });
    }
  }

  /** Clears the user name's failures after a successful login. */
  public void recordSuccess(String user) {
    failures.remove(userKey(user));
  }

  private Duration wait(int count) {
    int beyond = count - policy.freeFailures();
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    // 2^(beyond-1) × first wait, without overflow
    Duration w = policy.firstWait();
    for (int i = 1; i < beyond && w.compareTo(policy.maxWait()) < 0; i++) {
      w = w.multipliedBy(2);
    }
    return w.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : w;
  }

  private Failures current(String key, Instant now) {
    Failures f = failures.get(key);
    if (f != null && forgotten(f, now)) {
      failures.remove(key, f);
      return null;
    }
    return f;
  }

  private boolean forgotten(Failures f, Instant now) {
    return !now.isBefore(f.last.plus(policy.forgetAfter())) && !f.blockedUntil.isAfter(now);
  }

  private void evictStalest() {
    Instant now = clock.instant();
    failures.entrySet().removeIf(e -> forgotten(e.getValue(), now));
    if (failures.size() >= policy.maxKeys()) {
      failures.entrySet().stream()
          .min(Map.Entry.comparingByValue((a, b) -> a.last.compareTo(b.last)))
          .ifPresent(e -> failures.remove(e.getKey(), e.getValue()));
    }
  }

  private static String[] keys(String user, String address) {
    return new String[] {userKey(user), "address:" + Objects.requireNonNull(address, "address")};
  }

  private static String userKey(String user) {
    return "user:" + Objects.requireNonNull(user, "user").toLowerCase(Locale.ROOT);
  }
}
