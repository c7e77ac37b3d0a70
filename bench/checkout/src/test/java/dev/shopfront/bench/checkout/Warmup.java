package dev.shopfront.bench.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides when the warm-up has done its job: the checkouts that ended in each window of
 * {@code windowSeconds} are compared with the window before, and the system counts as
 * warm once two windows in a row had no error, checkout medians within
 * {@code tolerancePercent} of each other, and each a checkout p95 under the capacity
 * threshold ({@link Figures#CAPACITY_P95_MS}): a system can also be steady in its queues
 * (a run found two windows at p50 4.5 and 4.2 s after the minimum 60 s, and measured
 * capacity 0 after it). A fixed 30 s at 10 checkouts/s was too short: six JVMs compile
 * for minutes on two cores, breakers opened during it, and the first measured phase ran
 * on a system still getting faster.
 */
final class Warmup {

	private final long windowMs;

	private final double tolerance;

	private final long minMs;

	private final List<List<Long>> windows = new ArrayList<>();

	private final List<Boolean> windowErrors = new ArrayList<>();

	private volatile String steadyAfter;

	/**
	 * @param windowSeconds how long each compared window is
	 * @param tolerancePercent how far two windows' checkout medians may differ
	 * @param minSeconds how long it lasts at least: a cold system can also be steady, in
	 * its queues (a probe found two windows at 6.5 s within 4% after 40 s)
	 */
	Warmup(int windowSeconds, int tolerancePercent, int minSeconds) {
		this.windowMs = windowSeconds * 1000L;
		this.tolerance = tolerancePercent / 100.0;
		this.minMs = minSeconds * 1000L;
	}

	/** Whether the last two windows agreed: no more warm-up arrivals are needed. */
	boolean steady() {
		return this.steadyAfter != null;
	}

	/** What made it steady, for the figures, or empty while it is not. */
	Optional<String> verdict() {
		return Optional.ofNullable(this.steadyAfter);
	}

	int windowSeconds() {
		return (int) (this.windowMs / 1000);
	}

	/**
	 * A checkout that ended {@code endedMs} after the phase's first arrival.
	 */
	synchronized void ended(long endedMs, long durationMs, boolean error) {
		int window = (int) (endedMs / this.windowMs);
		while (this.windows.size() <= window) {
			closeLastWindow();
			this.windows.add(new ArrayList<>());
			this.windowErrors.add(false);
		}
		this.windows.get(window).add(durationMs);
		if (error) {
			this.windowErrors.set(window, true);
		}
	}

	// a window is judged once a checkout ends in the next one
	private void closeLastWindow() {
		int last = this.windows.size() - 1;
		if (last < 1 || this.steadyAfter != null || (last + 1) * this.windowMs < this.minMs) {
			return;
		}
		List<Long> before = this.windows.get(last - 1);
		List<Long> now = this.windows.get(last);
		if (before.size() < 10 || now.size() < 10 || this.windowErrors.get(last - 1) || this.windowErrors.get(last)) {
			return;
		}
		long[] sortedBefore = sorted(before);
		long[] sortedNow = sorted(now);
		if (Figures.percentile(sortedBefore, 95) >= Figures.CAPACITY_P95_MS
				|| Figures.percentile(sortedNow, 95) >= Figures.CAPACITY_P95_MS) {
			return;
		}
		long medianBefore = Figures.percentile(sortedBefore, 50);
		long medianNow = Figures.percentile(sortedNow, 50);
		if (Math.abs(medianNow - medianBefore) <= this.tolerance * Math.max(1, medianBefore)) {
			this.steadyAfter = "steady after %d s: checkout p50 %d ms then %d ms in two %d s windows without errors"
				.formatted((last + 1) * windowSeconds(), medianBefore, medianNow, windowSeconds());
		}
	}

	private static long[] sorted(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).sorted().toArray();
	}

}
