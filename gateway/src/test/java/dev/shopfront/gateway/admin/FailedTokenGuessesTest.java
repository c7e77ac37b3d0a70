package dev.shopfront.gateway.admin;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailedTokenGuessesTest {

	private final AtomicLong now = new AtomicLong();

	private final FailedTokenGuesses guesses = new FailedTokenGuesses(3, Duration.ofMinutes(5), this.now::get);

	@Test
	void locksAnAddressAfterTheLimitUntilItsWindowEnds() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.guesses.lockedForSeconds("192.0.2.1")).isZero();
			this.guesses.failed("192.0.2.1");
		}

		assertThat(this.guesses.lockedForSeconds("192.0.2.1")).isEqualTo(300);
		assertThat(this.guesses.lockedForSeconds("192.0.2.2")).isZero();
		this.now.addAndGet(Duration.ofSeconds(299).toNanos());
		assertThat(this.guesses.lockedForSeconds("192.0.2.1")).isEqualTo(1);
		this.now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.guesses.lockedForSeconds("192.0.2.1")).isZero();
		this.guesses.failed("192.0.2.1");
		assertThat(this.guesses.lockedForSeconds("192.0.2.1")).isZero();
	}

	@Test
	void addressesBeyondTheTrackedOnesShareOneWindowInsteadOfEscaping() {
		for (int i = 0; i < FailedTokenGuesses.MAX_TRACKED; i++) {
			this.guesses.failed("10.0." + (i / 256) + "." + (i % 256));
		}
		for (int i = 0; i < 3; i++) {
			this.guesses.failed("198.51.100." + i);
		}

		assertThat(this.guesses.lockedForSeconds("198.51.100.99")).isEqualTo(300);
		// once the tracked windows have ended they make room again
		this.now.addAndGet(Duration.ofMinutes(6).toNanos());
		this.guesses.failed("203.0.113.1");
		assertThat(this.guesses.lockedForSeconds("198.51.100.99")).isZero();
		assertThat(this.guesses.lockedForSeconds("203.0.113.1")).isZero();
	}

}
