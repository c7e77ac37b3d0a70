package dev.shopfront.localstack.system;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.shopfront.localstack.Engine;

/**
 * The applications of the whole system, in start order (a service starts after what it
 * calls; the gateway last).
 */
public final class Shopfront {

	public static final String PRODUCT = "product-service";

	public static final String BASKET = "basket-service";

	public static final String PAYMENT = "payment-service";

	public static final String NOTIFICATION = "notification-service";

	public static final String GATEWAY = "gateway";

	public static final List<App> APPS = List.of(
			new App(PRODUCT, "product-service", 8080, 50050, List.of(Engine.POSTGRES, Engine.KAFKA), Map.of()),
			new App(BASKET, "basket-service", 8081, 50051, List.of(Engine.REDIS, Engine.KAFKA),
					Map.of("PRODUCT_SERVICE_URL", "{product-service.grpc}")),
			new App(PAYMENT, "payment-service", 8082, 50052, List.of(Engine.MARIADB, Engine.KAFKA),
					Map.of("BASKET_SERVICE_URL", "{basket-service.grpc}", "PRODUCT_SERVICE_URL",
							"{product-service.grpc}")),
			// Its own database and user on product's PostgreSQL (created when it starts).
			new App(NOTIFICATION, "notification-service", 8084, 0, List.of(Engine.POSTGRES, Engine.KAFKA),
					Map.of("DB_NAME", "notification_service", "DB_USER", "notification", "DB_PASSWORD", "password")),
			new App(GATEWAY, "gateway", 8083, 0, List.of(Engine.REDIS),
					Map.of("PRODUCT_SERVICE_URLS", "{product-service.urls}", "BASKET_SERVICE_URLS",
							"{basket-service.urls}", "PAYMENT_SERVICE_URLS", "{payment-service.urls}",
							"NOTIFICATION_SERVICE_URLS", "{notification-service.urls}")));

	private Shopfront() {
	}

	public static App app(String name) {
		Optional<App> app = APPS.stream().filter((candidate) -> candidate.name().equals(name)).findFirst();
		return app.orElseThrow(() -> new IllegalArgumentException("No application named " + name));
	}

}
