package dev.shopfront.docs.source;

import java.util.List;

/**
 * A Spring Cloud Gateway route from application.yml.
 *
 * @param id the route id (the service name)
 * @param uri the target, e.g. {@code lb://product-service}
 * @param paths the Path predicate's patterns
 * @param filters filter names with their arguments in short form
 */
public record GatewayRoute(String id, String uri, List<String> paths, List<String> filters) {

	/** The service the uri names, {@code lb://} stripped. */
	public String target() {
		return this.uri.replaceFirst("^[a-z]+://", "");
	}

}
