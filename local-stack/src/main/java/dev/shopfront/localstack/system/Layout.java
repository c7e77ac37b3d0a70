package dev.shopfront.localstack.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a whole system runs: the repository it is built in, where engine data and logs
 * go, whether the spec's standard ports or free ones are used, how many product instances
 * sit behind the gateway, and environment overrides given to every application.
 *
 * @param root the repository root (its modules' {@code target/} hold the jars)
 * @param version the project version in the jar names
 * @param data engine data, kept between runs when the caller keeps the directory
 * @param logs one log file per instance
 * @param standardPorts the spec's ports (8080..8083, 5432, ...) or free ones
 * @param productInstances how many product-service processes to run
 * @param overrides variables every application receives on top of its own
 * @param jvmOptions the options every application's JVM starts with
 */
public record Layout(Path root, String version, Path data, Path logs, boolean standardPorts, int productInstances,
		Map<String, String> overrides, List<String> jvmOptions) {

	/**
	 * For starting quickly: C1 only (about half the start-up CPU of the tiered JIT, but
	 * far less throughput once warm) and a small stack per thread.
	 */
	public static final List<String> START_UP_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx512m");

	/**
	 * For a run meant to be measured ({@code make run MEASURED=1}, the checkout
	 * benchmark): the full tiered JIT, a fixed heap so it is not resized under load, and
	 * the parallel collector, whose throughput suits two cores better than G1's
	 * concurrent work.
	 */
	public static final List<String> MEASURED_JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m",
			"-Xss512k");

	/** The environment variable that picks {@link #MEASURED_JVM_OPTIONS} for make run. */
	public static final String JVM_PROFILE_VARIABLE = "SHOPFRONT_JVM_PROFILE";

	public Layout {
		jvmOptions = List.copyOf(jvmOptions);
	}

	/** A layout whose applications start with {@link #START_UP_JVM_OPTIONS}. */
	public Layout(Path root, String version, Path data, Path logs, boolean standardPorts, int productInstances,
			Map<String, String> overrides) {
		this(root, version, data, logs, standardPorts, productInstances, overrides, START_UP_JVM_OPTIONS);
	}

	/**
	 * {@code make run}: the spec's ports, data under {@code .local-stack/}, and gRPC
	 * reflection on for tools such as grpcurl (it is off in every other environment).
	 */
	public static Layout standard(Path root, String version) {
		return standard(root, version, System.getenv(JVM_PROFILE_VARIABLE));
	}

	/**
	 * The standard layout with the JVM options a profile names: {@code measured} for
	 * {@link #MEASURED_JVM_OPTIONS}, anything else (or none) for start-up.
	 */
	static Layout standard(Path root, String version, String jvmProfile) {
		List<String> jvm = "measured".equalsIgnoreCase(jvmProfile) ? MEASURED_JVM_OPTIONS : START_UP_JVM_OPTIONS;
		return new Layout(root, version, root.resolve(".local-stack").resolve("data"), root.resolve("logs"), true, 1,
				Map.of("GRPC_REFLECTION_ENABLED", "true"), jvm);
	}

}
