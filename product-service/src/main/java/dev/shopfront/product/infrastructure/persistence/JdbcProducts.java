package dev.shopfront.product.infrastructure.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.shopfront.product.domain.Product;
import dev.shopfront.product.domain.ProductDetails;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.ProductInUseException;
import dev.shopfront.product.domain.ProductNotFoundException;
import dev.shopfront.product.domain.Products;
import dev.shopfront.product.domain.ReservationState;

/**
 * Products in PostgreSQL.
 */
public class JdbcProducts implements Products {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public JdbcProducts(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Product add(ProductDetails details) {
		return this.jdbc.sql("""
				INSERT INTO products (name, description, price, stock_quantity, category, image_url)
				VALUES (:name, :description, :price, :stock, :category, :imageUrl)
				RETURNING %s""".formatted(ProductRows.COLUMNS))
			.paramSource(parameters(details))
			.query(ProductRows.PRODUCT)
			.single();
	}

	@Override
	public Optional<Product> find(ProductId id) {
		return this.jdbc.sql("SELECT %s FROM products WHERE id = :id".formatted(ProductRows.COLUMNS))
			.param("id", id.value())
			.query(ProductRows.PRODUCT)
			.optional();
	}

	@Override
	public Product replace(ProductId id, ProductDetails details) {
		return this.jdbc.sql("""
				UPDATE products SET name = :name, description = :description, price = :price,
				       stock_quantity = :stock, category = :category, image_url = :imageUrl,
				       version = version + 1, updated_at = now()
				WHERE id = :id
				RETURNING %s""".formatted(ProductRows.COLUMNS))
			.paramSource(parameters(details).addValue("id", id.value()))
			.query(ProductRows.PRODUCT)
			.optional()
			.orElseThrow(() -> new ProductNotFoundException(id));
	}

	@Override
	public void remove(ProductId id) {
		this.transactions.executeWithoutResult((status) -> {
			// Lock the row so no reservation can take units between the check and the
			// delete.
			boolean exists = this.jdbc.sql("SELECT id FROM products WHERE id = :id FOR UPDATE")
				.param("id", id.value())
				.query(Long.class)
				.optional()
				.isPresent();
			if (!exists) {
				throw new ProductNotFoundException(id);
			}
			boolean held = this.jdbc
				.sql("SELECT count(*) FROM stock_reservations WHERE product_id = :id AND state = :held")
				.param("id", id.value())
				.param("held", ReservationState.HELD.name())
				.query(Long.class)
				.single() > 0;
			if (held) {
				throw new ProductInUseException(id);
			}
			this.jdbc.sql("DELETE FROM products WHERE id = :id").param("id", id.value()).update();
		});
	}

	private static MapSqlParameterSource parameters(ProductDetails details) {
		return new ProductParameters(details);
	}

}
