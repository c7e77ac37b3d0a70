package dev.shopfront.localstack.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.shopfront.localstack.Engine;

/**
 * One Shopfront application as the launcher runs it: its module, standard ports, the
 * engines it needs and the further environment it is started with (the same variables
 * Docker Compose sets). Values may name another application's address as
 * {@code {product-service.grpc}} (host:port of its gRPC server) or
 * {@code {product-service.urls}} (the HTTP URLs of all its instances, comma-separated);
 * the running system fills them in with the ports it really uses.
 *
 * @param name the service name, also the log file name
 * @param module the Maven module that builds its jar
 * @param httpPort PORT on the standard layout
 * @param grpcPort GRPC_PORT on the standard layout, or 0 if it serves no gRPC
 * @param engines the engines whose coordinates it receives
 * @param environment further variables, possibly naming other applications
 */
public record App(String name, String module, int httpPort, int grpcPort, List<Engine> engines,
		Map<String, String> environment) {

	public Path jar(Path root, String version) {
		return root.resolve(this.module).resolve("target").resolve(this.module + "-" + version + ".jar");
	}

	public boolean servesGrpc() {
		return this.grpcPort != 0;
	}

}
