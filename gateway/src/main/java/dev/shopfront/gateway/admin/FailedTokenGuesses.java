package dev.shopfront.gateway.admin;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Wrong admin tokens per client address in a fixed window: after {@code limit} of them an
 * address is refused (429) until its window ends, whatever it sends. Kept in memory per
 * gateway replica: with R replicas a guesser gets at most R times the limit, still a few
 * dozen guesses per window against a token of 128 bits or more. Addresses beyond
 * {@code MAX_TRACKED} share one window, so a flood of addresses cannot grow the map
 * without bound, and cannot escape the limit either.
 */
public class FailedTokenGuesses {

	static final int MAX_TRACKED = 10_000;

	private static final String OVERFLOW = "overflow";

	private final int limit;

	private final long windowNanos;

	private final LongSupplier clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public FailedTokenGuesses(int limit, Duration window) {
		this(limit, window, System::nanoTime);
	}

	FailedTokenGuesses(int limit, Duration window, LongSupplier clock) {
		this.limit = limit;
		this.windowNanos = window.toNanos();
		this.clock = clock;
	}

	/** Seconds until the address may try again, or 0 when it may try now. */
	public long lockedForSeconds(String address) {
		Window window = this.windows.get(address);
		if (window == null) {
			window = this.windows.get(OVERFLOW);
		}
		long now = this.clock.getAsLong();
		if (window == null || window.failures.get() < this.limit || window.endsBefore(now)) {
			return 0;
		}
		return Math.max(1, Duration.ofNanos(window.end - now).toSeconds());
	}

	public void failed(String address) {
		long now = this.clock.getAsLong();
		if (this.windows.size() >= MAX_TRACKED && !this.windows.containsKey(address)) {
			this.windows.values().removeIf((window) -> window.endsBefore(now));
			if (this.windows.size() >= MAX_TRACKED) {
				address = OVERFLOW;
			}
		}
		this.windows.compute(address, (key, window) -> (window == null || window.endsBefore(now))
				? new Window(now + this.windowNanos) : window).failures
			.incrementAndGet();
	}

	private static final class Window {

		final long end;

		final AtomicInteger failures = new AtomicInteger();

		Window(long end) {
			this.end = end;
		}

		boolean endsBefore(long now) {
			return now - this.end >= 0;
		}

	}

}
