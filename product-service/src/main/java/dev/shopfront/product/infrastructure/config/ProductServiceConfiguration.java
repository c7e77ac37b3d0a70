package dev.shopfront.product.infrastructure.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.shopfront.product.application.command.ApplyStockChangeHandler;
import dev.shopfront.product.application.command.CreateProductHandler;
import dev.shopfront.product.application.command.DeleteProductHandler;
import dev.shopfront.product.application.command.ReleaseExpiredReservationsHandler;
import dev.shopfront.product.application.command.ReleaseStockHandler;
import dev.shopfront.product.application.command.ReserveStockHandler;
import dev.shopfront.product.application.command.UpdateProductHandler;
import dev.shopfront.product.application.query.ProductQueries;
import dev.shopfront.product.domain.Products;
import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.infrastructure.persistence.JdbcProductQueries;
import dev.shopfront.product.infrastructure.persistence.JdbcProducts;
import dev.shopfront.product.infrastructure.persistence.JdbcStock;

/**
 * Wires the use cases to their PostgreSQL adapters with plain constructors.
 */
@Configuration(proxyBeanMethods = false)
public class ProductServiceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Products products(JdbcClient jdbc, TransactionTemplate transactions) {
		return new JdbcProducts(jdbc, transactions);
	}

	@Bean
	Stock stock(JdbcClient jdbc, TransactionTemplate transactions) {
		return new JdbcStock(jdbc, transactions);
	}

	@Bean
	ProductQueries productQueries(JdbcClient jdbc) {
		return new JdbcProductQueries(jdbc);
	}

	@Bean
	CreateProductHandler createProductHandler(Products products) {
		return new CreateProductHandler(products);
	}

	@Bean
	UpdateProductHandler updateProductHandler(Products products) {
		return new UpdateProductHandler(products);
	}

	@Bean
	DeleteProductHandler deleteProductHandler(Products products) {
		return new DeleteProductHandler(products);
	}

	@Bean
	ReserveStockHandler reserveStockHandler(Stock stock) {
		return new ReserveStockHandler(stock);
	}

	@Bean
	ReleaseStockHandler releaseStockHandler(Stock stock) {
		return new ReleaseStockHandler(stock);
	}

	@Bean
	ApplyStockChangeHandler applyStockChangeHandler(Stock stock) {
		return new ApplyStockChangeHandler(stock);
	}

	@Bean
	ReleaseExpiredReservationsHandler releaseExpiredReservationsHandler(Stock stock, Clock clock,
			@Value("${shopfront.stock.reservation-ttl}") Duration timeToLive) {
		return new ReleaseExpiredReservationsHandler(stock, clock, timeToLive);
	}

}
