package dev.shopfront.docs.source;

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
				new Table.Column("note", "VARCHAR(200)", true, false),
				new Table.Column("created_at", "TIMESTAMPTZ", false, false));
		assertThat(tables.get(0).primaryKey()).containsExactly("id");
		assertThat(tables.get(1).primaryKey()).containsExactly("order_id", "product_id");
		assertThat(tables.get(1).foreignKeys())
			.containsExactly(new Table.ForeignKey(java.util.List.of("order_id"), "orders", java.util.List.of("id")));
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
