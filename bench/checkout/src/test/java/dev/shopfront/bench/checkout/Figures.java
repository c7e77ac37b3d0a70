package dev.shopfront.bench.checkout;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The figures a run prints: per phase the requests/s, p50/p95/p99 per step and for the
 * whole checkout, the outcomes and the errors by status; for a ramp each level and the
 * capacity (the highest arrival rate whose checkouts had p95 < 500 ms and no error).
 */
final class Figures {

	static final long CAPACITY_P95_MS = 500;

	private final StringBuilder out = new StringBuilder();

	String text() {
		return this.out.toString();
	}

	Figures line(String format, Object... args) {
		this.out.append(args.length == 0 ? format : format.formatted(args)).append('\n');
		return this;
	}

	/**
	 * Prints one phase; returns its capacity (checkouts/s) when it is a ramp, else -1.
	 */
	int phase(Phase phase) {
		line("");
		line("== %s ==", phase.name());
		List<Phase.Checkout> checkouts = phase.checkouts();
		line("requests %d in %.1f s: %.1f requests/s", phase.requests(), phase.seconds(),
				phase.requests() / Math.max(0.001, phase.seconds()));
		Map<Phase.Outcome, Integer> outcomes = new EnumMap<>(Phase.Outcome.class);
		checkouts.forEach((checkout) -> outcomes.merge(checkout.outcome(), 1, Integer::sum));
		String stopped = (phase.warmup() != null) ? "once it was steady" : "after the ramp stopped";
		line("%ss %d: %s%s", phase.journey(), checkouts.size(), outcomes,
				(phase.skipped() > 0) ? ", %d arrivals not started %s".formatted(phase.skipped(), stopped) : "");
		if (phase.warmup() != null) {
			line("warm-up: %s", phase.warmup()
				.verdict()
				.orElse("NOT steady: no two %d s windows in a row without errors, with checkout p95 under 500 ms, p50 within the tolerance and the JIT compilers nearly idle"
					.formatted(phase.warmup().windowSeconds())));
		}
		line("%-22s %8s %9s %9s %9s", "step", "count", "p50 ms", "p95 ms", "p99 ms");
		phase.stepTimes().forEach((step, micros) -> percentiles(step, micros, 1000.0));
		percentiles("whole " + phase.journey(), checkouts.stream().mapToLong(Phase.Checkout::durationMs).toArray(),
				1.0);
		Map<String, Long> errors = phase.errors();
		line("errors by status: %s", errors.isEmpty() ? "none" : errors);
		return (phase.ramp() == null) ? -1 : levels(phase, checkouts);
	}

	/**
	 * Prints where the CPU went during a phase: per journey that ended in it, the
	 * milliseconds of CPU each JVM, the load generator and the rest of the machine
	 * (databases, Kafka, Redis) spent, and how long each JVM's JIT compiled. Returns the
	 * system's CPU per journey (the machine without the load generator), if known.
	 */
	OptionalDouble cpu(Phase phase, CpuUse cpu) {
		Optional<CpuUse.Spent> reading = cpu.during(phase);
		if (reading.isEmpty()) {
			line("CPU: no two readings inside this phase");
			return OptionalDouble.empty();
		}
		CpuUse.Spent spent = reading.get();
		long ended = phase.endedBetween(spent.fromNanos(), spent.toNanos());
		double cores = Runtime.getRuntime().availableProcessors();
		line("CPU over %.0f s of it: %s", spent.seconds(), (spent.machineSeconds() < 0) ? "machine not readable here"
				: "the machine %.2f of %.0f cores busy".formatted(spent.machineSeconds() / spent.seconds(), cores));
		if (ended == 0) {
			line("CPU per %s: none ended in those %.0f s", phase.journey(), spent.seconds());
			return OptionalDouble.empty();
		}
		String jvms = spent.cpuSeconds()
			.entrySet()
			.stream()
			.map((jvm) -> "%s %.1f".formatted(jvm.getKey(), jvm.getValue() * 1000 / ended))
			.collect(Collectors.joining(" + "));
		String compiling = spent.compilingSeconds()
			.entrySet()
			.stream()
			.map((jvm) -> "%s %.1f".formatted(jvm.getKey(), jvm.getValue()))
			.collect(Collectors.joining(", "));
		double loadGenerator = spent.loadGeneratorSeconds() * 1000 / ended;
		if (spent.machineSeconds() < 0) {
			line("CPU ms per %s (%d ended): %s + load generator %.1f", phase.journey(), ended, jvms, loadGenerator);
			line("JIT compiling in them, s: %s", compiling);
			return OptionalDouble.empty();
		}
		double machine = spent.machineSeconds() * 1000 / ended;
		line("CPU ms per %s (%d ended): machine %.1f = %s + load generator %.1f + rest %.1f (databases, Kafka, Redis)",
				phase.journey(), ended, machine, jvms, loadGenerator, spent.restSeconds() * 1000 / ended);
		line("JIT compiling in them, s: %s", compiling);
		return OptionalDouble.of(machine - loadGenerator);
	}

	private int levels(Phase phase, List<Phase.Checkout> checkouts) {
		Phase.Ramp ramp = phase.ramp();
		line("%-6s %8s %8s %8s %9s %9s  %s", "rate/s", "started", "errors", "done/s", "p95 ms", "p99 ms", "verdict");
		int capacity = 0;
		for (int level = 0; level < ramp.levels(); level++) {
			long from = level * ramp.levelSeconds() * 1000L;
			long to = from + ramp.levelSeconds() * 1000L;
			long[] times = checkouts.stream()
				.filter((checkout) -> checkout.startMs() >= from && checkout.startMs() < to)
				.mapToLong(Phase.Checkout::durationMs)
				.sorted()
				.toArray();
			long failed = checkouts.stream()
				.filter((checkout) -> checkout.startMs() >= from && checkout.startMs() < to)
				.filter((checkout) -> checkout.outcome() == Phase.Outcome.ERROR)
				.count();
			if (times.length == 0) {
				if (phase.stoppedAtLevel() >= 0 && level >= phase.stoppedAtLevel()) {
					line("%-6d %8s  loading stopped: more checkouts in flight than 1 s of arrivals", ramp.rate(level),
							"-");
					break;
				}
				continue;
			}
			long p95 = percentile(times, 95);
			boolean passed = failed == 0 && p95 < CAPACITY_P95_MS
					&& !(phase.stoppedAtLevel() >= 0 && level >= phase.stoppedAtLevel());
			if (passed) {
				capacity = Math.max(capacity, ramp.rate(level));
			}
			line("%-6d %8d %8d %8.1f %9d %9d  %s", ramp.rate(level), times.length, failed,
					times.length / (double) ramp.levelSeconds(), p95, percentile(times, 99),
					passed ? "ok" : (failed > 0) ? "errors" : (p95 >= CAPACITY_P95_MS) ? "p95 >= 500 ms" : "stopped");
		}
		line("capacity: %d checkouts/s (highest level with checkout p95 < %d ms and no errors)", capacity,
				CAPACITY_P95_MS);
		return capacity;
	}

	private void percentiles(String name, long[] values, double divisor) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		if (sorted.length == 0) {
			line("%-22s %8d %9s %9s %9s", name, 0, "-", "-", "-");
			return;
		}
		line("%-22s %8d %9.1f %9.1f %9.1f", name, sorted.length, percentile(sorted, 50) / divisor,
				percentile(sorted, 95) / divisor, percentile(sorted, 99) / divisor);
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** The whole-checkout percentile of a phase, in ms. */
	static long checkoutPercentile(Phase phase, double percent) {
		long[] times = phase.checkouts().stream().mapToLong(Phase.Checkout::durationMs).sorted().toArray();
		return percentile(times, percent);
	}

	/** How many answers of a phase were 5xx. */
	static long serverErrors(Phase phase) {
		return phase.errors()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().matches(".* 5\\d\\d"))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
