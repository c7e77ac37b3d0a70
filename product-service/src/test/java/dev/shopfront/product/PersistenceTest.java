package dev.shopfront.product;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.shopfront.product.domain.Product;
import dev.shopfront.product.domain.ProductDetails;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.ProductNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersistenceTest extends ProductServiceIntegrationTest {

	@Test
	void flywayMigratedTheFreshDatabase() {
		assertThat(this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).containsExactly("1", "2", "3");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM information_schema.tables
				WHERE table_name IN ('products', 'stock_reservations', 'processed_events')""")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void repositoryKeepsExactDecimalsAndCountsVersions() {
		Product added = this.products.add(new ProductDetails("Exact", "", new BigDecimal("19.99"), 3, "money", ""));
		Product replaced = this.products.replace(added.id(),
				new ProductDetails("Exact", "", new BigDecimal("0.10"), 3, "money", ""));

		assertThat(this.products.find(added.id()).orElseThrow().details().price()).isEqualByComparingTo("0.10");
		assertThat(replaced.version()).isEqualTo(added.version() + 1);
		assertThat(replaced.updatedAt()).isAfterOrEqualTo(added.updatedAt());
	}

	@Test
	void theDatabaseItselfRefusesNegativeStock() {
		long id = productWithStock(1);

		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE products SET stock_quantity = -1 WHERE id = :id").param("id", id).update())
			.hasMessageContaining("stock_quantity");
	}

	@Test
	void replacingAMissingProductFails() {
		assertThatThrownBy(() -> this.products.replace(new ProductId(424_242_424L),
				new ProductDetails("X", "", BigDecimal.ONE, 1, "", "")))
			.isInstanceOf(ProductNotFoundException.class);
	}

}
