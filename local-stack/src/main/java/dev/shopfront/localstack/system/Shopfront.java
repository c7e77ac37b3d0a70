package dev.shopfront.localstack.system;

import java.util.List;
import java.util.Map;

import dev.shopfront.localstack.Engine;

/**
 * The applications of the whole system, in start order (a service starts after what it
 * calls).
 */
final class Shopfront {

	static final List<App> APPS = List.of(
			new App("product-service", "product-service", 8080, 50050, List.of(Engine.POSTGRES, Engine.KAFKA),
					Map.of("DB_NAME", "product_service")),
			new App("basket-service", "basket-service", 8081, 50051, List.of(Engine.REDIS, Engine.KAFKA),
					Map.of("PRODUCT_SERVICE_URL", "localhost:50050")),
			new App("payment-service", "payment-service", 8082, 50052, List.of(Engine.MARIADB, Engine.KAFKA),
					Map.of("DB_NAME", "payment_service", "BASKET_SERVICE_URL", "localhost:50051", "PRODUCT_SERVICE_URL",
							"localhost:50050")));

	private Shopfront() {
	}

}
