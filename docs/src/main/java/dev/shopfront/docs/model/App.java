package dev.shopfront.docs.model;

import java.util.List;

/**
 * One Spring Boot application of the system.
 *
 * @param name {@code spring.application.name}, else the module's directory name
 * @param module the module directory ("" for a single-module repository)
 * @param httpPort {@code server.port} (its default when a placeholder), 8080 when unset
 * @param grpcPort {@code spring.grpc.server.port}, 0 when the app serves no gRPC
 * @param stores the engines its configuration connects to
 * @param gateway whether it routes HTTP to other apps (Spring Cloud Gateway routes)
 * @param sources the application class and the settings the ports came from
 */
public record App(String name, String module, int httpPort, int grpcPort, List<DataStore> stores, boolean gateway,
		List<Source> sources) {

	public App {
		stores = List.copyOf(stores);
		sources = List.copyOf(sources);
	}

	/** Engine kinds, e.g. {@code POSTGRES}, {@code KAFKA}, in configuration order. */
	public List<String> engines() {
		return this.stores.stream().map(DataStore::kind).distinct().toList();
	}

	/** Where the module's files live, with a trailing slash ("" at the root). */
	public String directory() {
		return this.module.isEmpty() ? "" : this.module + "/";
	}

}
