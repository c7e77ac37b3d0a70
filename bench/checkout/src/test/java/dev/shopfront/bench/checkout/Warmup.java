package dev.shopfront.bench.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides when the warm-up has done its job: the checkouts that ended in each window of
 * {@code windowSeconds} are compared with the window before, and the system counts as
 * warm once two windows in a row had no error, checkout medians within
 * {@code tolerancePercent} of each other, and each a checkout p95 under the capacity
 * threshold ({@link Figures#CAPACITY_P95_MS}): a system can also be steady in its queues
 * (a run found two windows at p50 4.5 and 4.2 s after the minimum 60 s, and measured
 * capacity 0 after it). A fixed 30 s at 10 checkouts/s was too short: six JVMs compile
 * for minutes on two cores, breakers opened during it, and the first measured phase ran
 * on a system still getting faster. Latency alone also called a system warm while its JIT
 * compilers were still busy: a run measured 49 to 57 s of compiling per JVM inside its 64
 * s steady phase. So, where the JVMs' metrics can be read, both windows must also show
 * the compilers nearly idle.
 */
final class Warmup {

	/**
	 * How busy the JIT compilers were over part of the warm-up: seconds of compilation
	 * per second, summed over every JVM read, or empty where that is unknown.
	 */
	interface Compilers {

		OptionalDouble busy(long fromMs, long toMs);

	}

	/** No JVM metrics: only the checkouts decide. */
	static final Compilers UNKNOWN = (fromMs, toMs) -> OptionalDouble.empty();

	private final long windowMs;

	private final double tolerance;

	private final long minMs;

	private final Compilers compilers;

	private final double settled;

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
		this(windowSeconds, tolerancePercent, minSeconds, UNKNOWN, 0);
	}

	/**
	 * @param windowSeconds how long each compared window is
	 * @param tolerancePercent how far two windows' checkout medians may differ
	 * @param minSeconds how long it lasts at least
	 * @param compilers how busy the JIT compilers were in a window
	 * @param settled the most compilation, seconds per second over every JVM, that still
	 * counts as settled
	 */
	Warmup(int windowSeconds, int tolerancePercent, int minSeconds, Compilers compilers, double settled) {
		this.windowMs = windowSeconds * 1000L;
		this.tolerance = tolerancePercent / 100.0;
		this.minMs = minSeconds * 1000L;
		this.compilers = compilers;
		this.settled = settled;
	}

	/**
	 * The warm-up phase of a simulation: checkouts at the warm-up rate through the
	 * gateway until the checkouts and, where {@code cpu} reads them, the JIT compilers
	 * say the system is warm.
	 */
	static Phase phase(BenchSettings settings, CpuUse cpu) {
		AtomicReference<Phase> phase = new AtomicReference<>();
		Compilers compilers = (fromMs, toMs) -> {
			long start = phase.get().startedNanos();
			return cpu.compiling(start + fromMs * 1_000_000, start + toMs * 1_000_000);
		};
		phase.set(new Phase("warm-up %d checkouts/s until steady, gateway".formatted(settings.warmupRate()),
				new Warmup(settings.warmupWindow(), settings.warmupTolerance(), settings.warmupMin(), compilers,
						settings.warmupJit())));
		return phase.get();
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
		if (Math.abs(medianNow - medianBefore) > this.tolerance * Math.max(1, medianBefore)) {
			return;
		}
		OptionalDouble compilingBefore = this.compilers.busy((last - 1) * this.windowMs, last * this.windowMs);
		OptionalDouble compilingNow = this.compilers.busy(last * this.windowMs, (last + 1) * this.windowMs);
		if (compilingBefore.orElse(0) > this.settled || compilingNow.orElse(0) > this.settled) {
			return;
		}
		String compiling = (compilingBefore.isPresent() && compilingNow.isPresent())
				? ", JIT compiling %.2f then %.2f s/s".formatted(compilingBefore.getAsDouble(),
						compilingNow.getAsDouble())
				: "";
		this.steadyAfter = "steady after %d s: checkout p50 %d ms then %d ms in two %d s windows without errors%s"
			.formatted((last + 1) * windowSeconds(), medianBefore, medianNow, windowSeconds(), compiling);
	}

	private static long[] sorted(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).sorted().toArray();
	}

}
