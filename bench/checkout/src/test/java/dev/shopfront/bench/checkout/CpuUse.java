package dev.shopfront.bench.checkout;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the CPU went while the load ran: every {@code everySeconds} a background thread
 * reads each JVM's {@code process_cpu_time_ns_total} and
 * {@code jvm_compilation_time_ms_total} from its {@code /metrics}, the load generator's
 * own CPU, and the machine's busy share from {@code /proc/stat} (Linux; elsewhere the
 * machine figures are left out). A phase then says what one checkout cost in CPU
 * milliseconds, per JVM and for the whole machine: on two shared cores that cost, not the
 * latency, bounds the capacity, and it moves far less between runs than the latencies do.
 */
final class CpuUse implements AutoCloseable {

	/**
	 * A JVM whose {@code /metrics} is read, with the bearer token it needs (or empty).
	 */
	record Source(String name, String metricsUrl, String bearer) {
	}

	/**
	 * One reading.
	 *
	 * @param nanos when it was taken ({@link System#nanoTime()})
	 * @param machineBusy busy and total jiffies of all CPUs since boot, or null
	 * @param loadGeneratorSeconds this JVM's CPU (Gatling and the bench)
	 * @param cpuSeconds each source's process CPU; a source that did not answer is absent
	 * @param compilingSeconds each source's JIT compilation time (elapsed, summed over
	 * the compiler threads)
	 */
	record Sample(long nanos, long[] machineBusy, double loadGeneratorSeconds, Map<String, Double> cpuSeconds,
			Map<String, Double> compilingSeconds) {
	}

	/**
	 * What was spent between two readings.
	 *
	 * @param fromNanos the first reading's time
	 * @param toNanos the last reading's time
	 * @param machineSeconds CPU seconds the whole machine was busy, or -1 if unknown
	 * @param loadGeneratorSeconds CPU seconds of the load generator
	 * @param cpuSeconds CPU seconds per source that answered both times, in source order
	 * @param compilingSeconds JIT compilation seconds per source
	 */
	record Spent(long fromNanos, long toNanos, double machineSeconds, double loadGeneratorSeconds,
			Map<String, Double> cpuSeconds, Map<String, Double> compilingSeconds) {

		/** How far apart the two readings were. */
		double seconds() {
			return (this.toNanos - this.fromNanos) / 1e9;
		}

		/**
		 * CPU seconds of the machine not accounted to a JVM read here or the load
		 * generator.
		 */
		double restSeconds() {
			return this.machineSeconds - this.loadGeneratorSeconds
					- this.cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
		}

	}

	private static final Path PROC_STAT = Path.of("/proc/stat");

	private final Api api;

	private final List<Source> sources;

	private final List<Sample> samples = new ArrayList<>();

	private final ScheduledExecutorService sampler;

	CpuUse(Api api, List<Source> sources, int everySeconds) {
		this.api = api;
		this.sources = List.copyOf(sources);
		this.sampler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "cpu-use");
			thread.setDaemon(true);
			return thread;
		});
		this.sampler.scheduleWithFixedDelay(this::sample, 0, everySeconds, TimeUnit.SECONDS);
	}

	/** The JVMs of the system the settings name: the gateway and each service given. */
	static List<Source> sources(BenchSettings settings) {
		List<Source> sources = new ArrayList<>();
		sources.add(new Source("gateway", settings.gatewayUrl() + "/metrics", settings.adminToken()));
		Map<String, String> services = new LinkedHashMap<>();
		services.put("product", settings.productUrl());
		services.put("basket", settings.basketUrl());
		services.put("payment", settings.paymentUrl());
		services.put("notification", settings.notificationUrl());
		services.forEach((name, url) -> {
			if (!url.isEmpty()) {
				sources.add(new Source(name, url + "/metrics", ""));
			}
		});
		return sources;
	}

	/**
	 * What was spent from the first reading at or after {@code fromNanos} to the last one
	 * at or before {@code toNanos}.
	 */
	synchronized Optional<Spent> between(long fromNanos, long toNanos) {
		return spent(this.samples, fromNanos, toNanos);
	}

	/** What was spent while a phase ran, from its first arrival to its last answer. */
	Optional<Spent> during(Phase phase) {
		return between(phase.startedNanos(), phase.endedNanos());
	}

	/**
	 * Seconds of JIT compilation per second between two instants, summed over every JVM
	 * read, or empty without two readings.
	 */
	OptionalDouble compiling(long fromNanos, long toNanos) {
		return between(fromNanos, toNanos).map((spent) -> OptionalDouble
			.of(spent.compilingSeconds().values().stream().mapToDouble(Double::doubleValue).sum() / spent.seconds()))
			.orElse(OptionalDouble.empty());
	}

	static Optional<Spent> spent(List<Sample> samples, long fromNanos, long toNanos) {
		Sample first = null;
		Sample last = null;
		for (Sample sample : samples) {
			if (sample.nanos() >= fromNanos && sample.nanos() <= toNanos) {
				if (first == null) {
					first = sample;
				}
				last = sample;
			}
		}
		if (first == null || last == first) {
			return Optional.empty();
		}
		double seconds = (last.nanos() - first.nanos()) / 1e9;
		double machine = -1;
		if (first.machineBusy() != null && last.machineBusy() != null) {
			double busy = last.machineBusy()[0] - first.machineBusy()[0];
			double total = last.machineBusy()[1] - first.machineBusy()[1];
			machine = (total <= 0) ? -1 : busy / total * Runtime.getRuntime().availableProcessors() * seconds;
		}
		return Optional.of(new Spent(first.nanos(), last.nanos(), machine,
				last.loadGeneratorSeconds() - first.loadGeneratorSeconds(),
				difference(first.cpuSeconds(), last.cpuSeconds()),
				difference(first.compilingSeconds(), last.compilingSeconds())));
	}

	private static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
		Map<String, Double> spent = new LinkedHashMap<>();
		after.forEach((name, value) -> {
			Double earlier = before.get(name);
			if (earlier != null) {
				spent.put(name, value - earlier);
			}
		});
		return spent;
	}

	private void sample() {
		Map<String, Double> cpu = new LinkedHashMap<>();
		Map<String, Double> compiling = new LinkedHashMap<>();
		for (Source source : this.sources) {
			Api.Reply reply = this.api.get(source.metricsUrl(), source.bearer());
			if (reply.status() == 200) {
				cpu.put(source.name(), Api.metric(reply.text(), "process_cpu_time_ns_total", "") / 1e9);
				compiling.put(source.name(), Api.metric(reply.text(), "jvm_compilation_time_ms_total", "") / 1e3);
			}
		}
		Sample sample = new Sample(System.nanoTime(), machineBusy(), loadGeneratorSeconds(), cpu, compiling);
		synchronized (this) {
			this.samples.add(sample);
		}
	}

	private static double loadGeneratorSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1e9;
		}
		return 0;
	}

	private static long[] machineBusy() {
		try {
			return Files.isReadable(PROC_STAT) ? busyAndTotal(Files.readAllLines(PROC_STAT).get(0)) : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Busy and total jiffies from the aggregate {@code cpu} line of {@code /proc/stat}:
	 * user nice system idle iowait irq softirq steal; idle and iowait are not busy.
	 */
	static long[] busyAndTotal(String cpuLine) {
		String[] fields = cpuLine.trim().split("\\s+");
		if (!"cpu".equals(fields[0])) {
			throw new IllegalArgumentException("Not the aggregate cpu line: " + cpuLine);
		}
		long total = 0;
		long idle = 0;
		for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
			long value = Long.parseLong(fields[i]);
			total += value;
			if (i == 4 || i == 5) {
				idle += value;
			}
		}
		return new long[] { total - idle, total };
	}

	@Override
	public void close() {
		this.sampler.shutdownNow();
	}

}
