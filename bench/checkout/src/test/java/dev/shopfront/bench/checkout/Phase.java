package dev.shopfront.bench.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one load phase (one scenario of a simulation) measured: every request's time and
 * status by step, every checkout's time and outcome, and the payments it opened, so the
 * figures and the invariants are computed from the same record. Gatling's own report
 * stays as it is; this record is what {@code run.sh} prints.
 */
final class Phase {

	/** How a checkout ended. */
	enum Outcome {

		/** Paid. */
		COMPLETED,

		/** Declined by the simulated provider, as asked. */
		DECLINED,

		/** Paid, then refunded. */
		REFUNDED,

		/** The scarce product was gone: a business refusal, not an error. */
		SOLD_OUT,

		/** An unexpected status or no answer on some step. */
		ERROR

	}

	record Checkout(long startMs, long durationMs, Outcome outcome) {
	}

	private final String name;

	private final String journey;

	private final Ramp ramp;

	private final Warmup warmup;

	private final AtomicLong startNanos = new AtomicLong();

	private final AtomicLong lastNanos = new AtomicLong();

	private final Map<String, List<Long>> stepMicros = new ConcurrentSkipListMap<>();

	private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();

	private final Queue<Checkout> checkouts = new ConcurrentLinkedQueue<>();

	private final Map<String, Boolean> users = new ConcurrentHashMap<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger skipped = new AtomicInteger();

	private final LongAdder requests = new LongAdder();

	private volatile int stoppedAtLevel = -1;

	/**
	 * @param name the scenario's name
	 * @param ramp the arrival-rate levels when the phase looks for the capacity, else
	 * null
	 */
	Phase(String name, Ramp ramp) {
		this(name, "checkout", ramp);
	}

	/**
	 * @param name the scenario's name
	 * @param journey what one timed journey is called in the figures
	 * @param ramp the arrival-rate levels when the phase looks for the capacity, else
	 * null
	 */
	Phase(String name, String journey, Ramp ramp) {
		this(name, journey, ramp, null);
	}

	/**
	 * A warm-up: checkouts arrive until {@code warmup} finds the system steady.
	 * @param name the scenario's name
	 * @param warmup what decides when it is warm
	 */
	Phase(String name, Warmup warmup) {
		this(name, "checkout", null, warmup);
	}

	private Phase(String name, String journey, Ramp ramp, Warmup warmup) {
		this.name = name;
		this.journey = journey;
		this.ramp = ramp;
		this.warmup = warmup;
	}

	String journey() {
		return this.journey;
	}

	String name() {
		return this.name;
	}

	Ramp ramp() {
		return this.ramp;
	}

	/** What ends this phase's arrivals when it is a warm-up, else null. */
	Warmup warmup() {
		return this.warmup;
	}

	/**
	 * Whether a new arrival should start a checkout. A ramp stops loading once the
	 * checkouts in flight exceed what one second of its current rate brings (by Little's
	 * law a mean checkout time above 1 s, so the level has failed): the levels above it
	 * would only queue, and the next phase would start on a backlog.
	 */
	boolean admit() {
		long now = System.nanoTime();
		this.startNanos.compareAndSet(0, now);
		if (this.warmup != null && this.warmup.steady()) {
			this.skipped.incrementAndGet();
			return false;
		}
		if (this.ramp == null) {
			return true;
		}
		if (this.stoppedAtLevel >= 0) {
			this.skipped.incrementAndGet();
			return false;
		}
		int level = this.ramp.levelAt(offsetMs(now));
		if (this.inFlight.get() > Math.max(20, this.ramp.rate(level))) {
			this.stoppedAtLevel = level;
			this.skipped.incrementAndGet();
			return false;
		}
		return true;
	}

	long checkoutStarted() {
		this.inFlight.incrementAndGet();
		return System.nanoTime();
	}

	void checkoutEnded(long startedNanos, Outcome outcome) {
		long now = System.nanoTime();
		this.inFlight.decrementAndGet();
		this.checkouts.add(new Checkout(offsetMs(startedNanos), (now - startedNanos) / 1_000_000, outcome));
		if (this.warmup != null) {
			this.warmup.ended(offsetMs(now), (now - startedNanos) / 1_000_000, outcome == Outcome.ERROR);
		}
	}

	void request(String step, long startedNanos, int status, boolean ok) {
		long now = System.nanoTime();
		this.lastNanos.accumulateAndGet(now, Math::max);
		this.requests.increment();
		this.stepMicros.computeIfAbsent(step, (key) -> new ArrayList<>());
		List<Long> times = this.stepMicros.get(step);
		synchronized (times) {
			times.add((now - startedNanos) / 1000);
		}
		if (!ok) {
			this.errors
				.computeIfAbsent("%s %s".formatted(step, (status == 0) ? "no answer" : status),
						(key) -> new LongAdder())
				.increment();
		}
	}

	void user(String userId) {
		this.users.put(userId, Boolean.TRUE);
	}

	List<Checkout> checkouts() {
		return List.copyOf(this.checkouts);
	}

	/** The shoppers of this phase's checkouts, one each. */
	List<String> users() {
		return List.copyOf(this.users.keySet());
	}

	/** Request times by step, in microseconds. */
	Map<String, long[]> stepTimes() {
		Map<String, long[]> copy = new ConcurrentSkipListMap<>();
		this.stepMicros.forEach((step, times) -> {
			synchronized (times) {
				copy.put(step, times.stream().mapToLong(Long::longValue).toArray());
			}
		});
		return copy;
	}

	Map<String, Long> errors() {
		Map<String, Long> copy = new ConcurrentSkipListMap<>();
		this.errors.forEach((key, count) -> copy.put(key, count.sum()));
		return copy;
	}

	long requests() {
		return this.requests.sum();
	}

	/** Seconds from the first arrival to the last answer. */
	double seconds() {
		long start = this.startNanos.get();
		return (start == 0) ? 0 : Math.max(1, this.lastNanos.get() - start) / 1e9;
	}

	/** When the first arrival came ({@link System#nanoTime()}), or 0 before it. */
	long startedNanos() {
		return this.startNanos.get();
	}

	/** When the last answer came ({@link System#nanoTime()}), or 0 before it. */
	long endedNanos() {
		return this.lastNanos.get();
	}

	/** How many journeys ended between two instants ({@link System#nanoTime()}). */
	long endedBetween(long fromNanos, long toNanos) {
		long start = this.startNanos.get();
		return this.checkouts.stream()
			.mapToLong((checkout) -> start + (checkout.startMs() + checkout.durationMs()) * 1_000_000)
			.filter((ended) -> ended >= fromNanos && ended <= toNanos)
			.count();
	}

	int skipped() {
		return this.skipped.get();
	}

	/** The ramp level at which loading stopped, or -1 if it ran every level. */
	int stoppedAtLevel() {
		return this.stoppedAtLevel;
	}

	private long offsetMs(long nanos) {
		return (nanos - this.startNanos.get()) / 1_000_000;
	}

	/**
	 * Arrival-rate levels of a capacity ramp, each held for the same time, back to back.
	 *
	 * @param from the first level's rate
	 * @param step what each level adds
	 * @param levels how many levels
	 * @param levelSeconds how long each lasts
	 */
	record Ramp(int from, int step, int levels, int levelSeconds) {

		int rate(int level) {
			return this.from + level * this.step;
		}

		int levelAt(long offsetMs) {
			return (int) Math.min(this.levels - 1, offsetMs / (this.levelSeconds * 1000L));
		}

	}

}
