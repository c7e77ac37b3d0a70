package dev.shopfront.docs.source;

import java.util.List;
import java.util.Map;

/**
 * One application as local-stack's {@code Shopfront.APPS} declares it.
 *
 * @param name the service name
 * @param module the Maven module directory
 * @param httpPort PORT
 * @param grpcPort GRPC_PORT, 0 when the app serves no gRPC
 * @param engines engine names (POSTGRES, MARIADB, REDIS, KAFKA)
 * @param environment variables the launcher sets, values naming other apps as
 * {@code {product-service.grpc}}
 */
public record AppDeclaration(String name, String module, int httpPort, int grpcPort, List<String> engines,
		Map<String, String> environment) {

	/**
	 * Whether the app serves no gRPC but is given the HTTP URLs of other apps
	 * ({@code {product-service.urls}}): the edge that routes to them.
	 */
	public boolean isEdge() {
		return this.grpcPort == 0 && this.environment.values().stream().anyMatch((value) -> value.contains(".urls}"));
	}

	/** The applications an environment value names, e.g. {@code product-service}. */
	public List<String> peers() {
		return this.environment.values()
			.stream()
			.filter((value) -> value.startsWith("{") && value.contains("."))
			.map((value) -> value.substring(1, value.indexOf('.')))
			.distinct()
			.sorted()
			.toList();
	}

}
