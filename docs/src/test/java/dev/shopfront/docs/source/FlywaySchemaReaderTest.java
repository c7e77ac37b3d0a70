package dev.shopfront.docs.source;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.diagrams.DatabaseSchemaDiagram;
import dev.shopfront.docs.diagrams.Services;

import static org.assertj.core.api.Assertions.assertThat;

class FlywaySchemaReaderTest {

	@Test
	void readsColumnsKeysAndRelationsInVersionOrder() {
		var tables = new FlywaySchemaReader(Fixtures.shop()).read("orders-service/src/main/resources/db/migration");
		assertThat(tables).extracting(Table::name).containsExactly("orders", "order_lines");
		assertThat(tables.get(0).columns()).containsExactly(new Table.Column("id", "BIGINT", false, false),
				new Table.Column("total", "NUMERIC(12,2)", false, false),
				new Table.Column("created_at", "TIMESTAMPTZ", false, false),
				new Table.Column("customer_id", "VARCHAR(64)", false, false));
		assertThat(tables.get(0).primaryKey()).containsExactly("id");
		assertThat(tables.get(1).primaryKey()).containsExactly("order_id", "item_id");
		assertThat(tables.get(1).foreignKeys())
			.containsExactly(new Table.ForeignKey(List.of("order_id"), "orders", List.of("id")));
		assertThat(tables.get(1).columns()).contains(new Table.Column("quantity", "BIGINT", false, false),
				new Table.Column("item_id", "BIGINT", false, false));
		assertThat(tables.get(0).files()).extracting((file) -> file.substring(file.lastIndexOf('/') + 1))
			.containsExactly("V1__create_orders.sql", "V3__orders_belong_to_customers.sql");
	}

	@Test
	void followsTheAlterationsOfMariaDbMigrations() {
		var files = new RepositoryFiles(Path.of("src/test/resources/fixtures/alterations").toAbsolutePath());
		var tables = new FlywaySchemaReader(files).read("db/migration");

		assertThat(tables).extracting(Table::name).containsExactly("idempotency_keys", "outbox_rows");
		Table keys = tables.get(0);
		assertThat(keys.columns()).containsExactly(new Table.Column("idempotency_key", "VARCHAR(128)", false, false),
				new Table.Column("payment_id", "VARCHAR(36)", false, true),
				new Table.Column("owner", "VARCHAR(64)", false, false),
				new Table.Column("expires_at", "DATETIME(6)", false, false));
		assertThat(keys.primaryKey()).containsExactly("owner", "idempotency_key");
		assertThat(keys.foreignKeys())
			.containsExactly(new Table.ForeignKey(List.of("payment_id"), "payments", List.of("id")));
		assertThat(tables.get(1).columns()).extracting(Table.Column::name).containsExactly("id", "trace_parent");
	}

	@Test
	void drawsAnErDiagramWithKeysAndTheDeclaredRelation() {
		var diagrams = new DatabaseSchemaDiagram(new Services(Fixtures.shop())).draw();
		assertThat(diagrams).singleElement()
			.satisfies((diagram) -> assertThat(diagram.mermaid()).contains("BIGINT order_id PK, FK \"not null\"")
				.contains("VARCHAR sku UK \"(32) not null\"")
				.contains("orders ||--o{ order_lines : \"order_id\""));
	}

}
