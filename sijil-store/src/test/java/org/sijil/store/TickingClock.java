package org.sijil.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that starts at a fixed instant and moves on by one step each time it is read. */
public final class TickingClock extends Clock {
  private final Instant start;
  private final Duration step;
  private final AtomicLong reads = new AtomicLong();

  public TickingClock(Instant start, Duration step) {
    this.start = start;
    this.step = step;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a ticking clock is always UTC");
  }

  @Override
  public Instant instant() {
    return start.plus(step.multipliedBy(reads.getAndIncrement()));
  }
}
