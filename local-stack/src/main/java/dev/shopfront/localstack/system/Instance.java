package dev.shopfront.localstack.system;

import java.nio.file.Path;

/**
 * One running copy of an application: {@code product-service}, or
 * {@code product-service-2} when a layout asks for more than one.
 *
 * @param name the instance name, also its log file name
 * @param app what it runs
 * @param httpPort its PORT
 * @param grpcPort its GRPC_PORT, or 0
 */
public record Instance(String name, App app, int httpPort, int grpcPort) {

	public String url() {
		return "http://localhost:" + this.httpPort;
	}

	public String grpcAddress() {
		return "localhost:" + this.grpcPort;
	}

	Path log(Path logs) {
		return logs.resolve(this.name + ".log");
	}

}
