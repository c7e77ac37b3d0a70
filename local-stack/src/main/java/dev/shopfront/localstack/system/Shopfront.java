package dev.shopfront.localstack.system;

import java.util.List;
import java.util.Map;

import dev.shopfront.localstack.Engine;

/**
 * The applications of the whole system, in start order (a service starts after what it
 * calls).
 */
final class Shopfront {

	static final List<App> APPS = List.of(new App("product-service", "product-service", 8080, 50050,
			List.of(Engine.POSTGRES, Engine.KAFKA), Map.of("DB_NAME", "product_service")));

	private Shopfront() {
	}

}
