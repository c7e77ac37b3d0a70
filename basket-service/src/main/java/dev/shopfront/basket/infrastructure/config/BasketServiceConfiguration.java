package dev.shopfront.basket.infrastructure.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import dev.shopfront.basket.application.command.AddItemHandler;
import dev.shopfront.basket.application.command.ApplyBasketClearedHandler;
import dev.shopfront.basket.application.command.ClearBasketHandler;
import dev.shopfront.basket.application.command.CreateBasketHandler;
import dev.shopfront.basket.application.command.DeleteBasketHandler;
import dev.shopfront.basket.application.command.RememberCheckoutHandler;
import dev.shopfront.basket.application.command.RemoveItemHandler;
import dev.shopfront.basket.application.command.SetItemQuantityHandler;
import dev.shopfront.basket.application.query.BasketQueries;
import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.Checkouts;
import dev.shopfront.basket.domain.ProductCatalog;
import dev.shopfront.basket.infrastructure.client.ProductCatalogGrpcClient;
import dev.shopfront.basket.infrastructure.persistence.RedisBasketQueries;
import dev.shopfront.basket.infrastructure.persistence.RedisBaskets;
import dev.shopfront.basket.infrastructure.persistence.RedisCheckouts;
import dev.shopfront.platform.grpc.client.GrpcClients;

/**
 * Wires the use cases to Redis and to the product service with plain constructors.
 */
@Configuration(proxyBeanMethods = false)
public class BasketServiceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	RedisBaskets baskets(StringRedisTemplate redis, @Value("${shopfront.basket.ttl}") Duration timeToLive,
			@Value("${shopfront.basket.event-memory}") Duration eventMemory, Clock clock) {
		return new RedisBaskets(redis, timeToLive, eventMemory, clock);
	}

	@Bean
	ProductCatalog productCatalog(GrpcClients clients) {
		return new ProductCatalogGrpcClient(clients);
	}

	@Bean
	BasketQueries basketQueries(RedisBaskets baskets) {
		return new RedisBasketQueries(baskets);
	}

	@Bean
	CreateBasketHandler createBasketHandler(Baskets baskets) {
		return new CreateBasketHandler(baskets);
	}

	@Bean
	DeleteBasketHandler deleteBasketHandler(Baskets baskets) {
		return new DeleteBasketHandler(baskets);
	}

	@Bean
	AddItemHandler addItemHandler(Baskets baskets, ProductCatalog catalog) {
		return new AddItemHandler(baskets, catalog);
	}

	@Bean
	SetItemQuantityHandler setItemQuantityHandler(Baskets baskets, ProductCatalog catalog) {
		return new SetItemQuantityHandler(baskets, catalog);
	}

	@Bean
	RemoveItemHandler removeItemHandler(Baskets baskets) {
		return new RemoveItemHandler(baskets);
	}

	@Bean
	ClearBasketHandler clearBasketHandler(Baskets baskets) {
		return new ClearBasketHandler(baskets);
	}

	@Bean
	ApplyBasketClearedHandler applyBasketClearedHandler(Baskets baskets, Checkouts checkouts) {
		return new ApplyBasketClearedHandler(baskets, checkouts);
	}

	@Bean
	Checkouts checkouts(StringRedisTemplate redis, @Value("${shopfront.basket.event-memory}") Duration memory) {
		return new RedisCheckouts(redis, memory);
	}

	@Bean
	RememberCheckoutHandler rememberCheckoutHandler(Checkouts checkouts) {
		return new RememberCheckoutHandler(checkouts);
	}

}
