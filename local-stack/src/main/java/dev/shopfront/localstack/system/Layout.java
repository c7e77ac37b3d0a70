package dev.shopfront.localstack.system;

import java.nio.file.Path;
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
 */
public record Layout(Path root, String version, Path data, Path logs, boolean standardPorts, int productInstances,
		Map<String, String> overrides) {

	/**
	 * {@code make run}: the spec's ports, data under {@code .local-stack/}, and gRPC
	 * reflection on for tools such as grpcurl (it is off in every other environment).
	 */
	public static Layout standard(Path root, String version) {
		return new Layout(root, version, root.resolve(".local-stack").resolve("data"), root.resolve("logs"), true, 1,
				Map.of("GRPC_REFLECTION_ENABLED", "true"));
	}

}
