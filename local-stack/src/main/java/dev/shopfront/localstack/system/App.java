package dev.shopfront.localstack.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.shopfront.localstack.Engine;

/**
 * One Shopfront application as the launcher runs it: its module, ports, the engines it
 * needs and the environment it is started with (the same variables Docker Compose sets).
 *
 * @param name the service name, also the log file name
 * @param module the Maven module that builds its jar
 * @param httpPort PORT
 * @param grpcPort GRPC_PORT, or 0 if it serves no gRPC
 * @param engines the engines whose coordinates it receives
 * @param environment further variables
 */
public record App(String name, String module, int httpPort, int grpcPort, List<Engine> engines,
		Map<String, String> environment) {

	public Path jar(Path root, String version) {
		return root.resolve(this.module).resolve("target").resolve(this.module + "-" + version + ".jar");
	}

	public String url() {
		return "http://localhost:" + this.httpPort;
	}

}
