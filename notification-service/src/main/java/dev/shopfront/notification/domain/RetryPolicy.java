package dev.shopfront.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a channel is tried before a notification is given up as failed, and how long
 * to wait between tries (doubling after each failure).
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("DEFAULT_RETRY_ATTEMPTS must be at least 1, was " + maxAttempts);
		}
		if (firstDelay == null || firstDelay.isNegative()) {
			throw new IllegalArgumentException("the retry delay must be zero or more");
		}
	}

	boolean exhaustedAfter(int attempts) {
		return attempts >= this.maxAttempts;
	}

	Instant nextAttempt(int failedAttempts, Instant now) {
		return now.plus(this.firstDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 20)));
	}

}
