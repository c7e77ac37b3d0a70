package dev.shopfront.product;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.shopfront.testsupport.SchemaDiagrams;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ER diagram in docs/architecture/data.md, generated from the migrations' text, has
 * the tables, columns, nullability and primary keys that Flyway left in the real
 * database.
 */
class SchemaDiagramTest extends ProductServiceIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void theDiagramDrawsTheMigratedDatabase() throws Exception {
		assertThat(SchemaDiagrams.drawn("product-service")).isEqualTo(SchemaDiagrams.migrated(this.dataSource));
	}

}
