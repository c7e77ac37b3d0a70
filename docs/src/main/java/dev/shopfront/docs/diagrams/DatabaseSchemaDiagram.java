package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.FlywaySchemaReader;
import dev.shopfront.docs.source.Table;

/**
 * Database Schema Overview: every table the Flyway migrations create, per service, as an
 * erDiagram with primary, foreign and unique keys and the declared foreign-key relations
 * (no relation is drawn across databases: none is declared).
 */
public final class DatabaseSchemaDiagram {

	private final Services services;

	public DatabaseSchemaDiagram(Services services) {
		this.services = services;
	}

	public List<Diagram> draw() {
		List<Diagram> diagrams = new ArrayList<>();
		FlywaySchemaReader reader = new FlywaySchemaReader(this.services.files());
		for (App app : this.services.apps()) {
			List<Table> tables = reader.read(Services.migrations(app.module()));
			if (!tables.isEmpty()) {
				diagrams.add(Diagram.mermaid("Database Schema: " + app.name(),
						"The tables of `" + Services.migrations(app.module()) + "` ("
								+ String.join(", ", app.engines()).toLowerCase(Locale.ROOT) + ").",
						erDiagram(tables),
						tables.stream().flatMap((table) -> table.files().stream()).distinct().toList()));
			}
		}
		return diagrams;
	}

	static String erDiagram(List<Table> tables) {
		StringBuilder out = new StringBuilder("erDiagram\n");
		for (Table table : tables) {
			out.append("  ").append(table.name()).append(" {\n");
			for (Table.Column column : table.columns()) {
				List<String> keys = new ArrayList<>();
				if (table.primaryKey().contains(column.name())) {
					keys.add("PK");
				}
				if (table.foreignKeys().stream().anyMatch((key) -> key.columns().contains(column.name()))) {
					keys.add("FK");
				}
				if (column.unique()) {
					keys.add("UK");
				}
				String type = column.type().replaceAll("\\(.*", "");
				String size = column.type().contains("(") ? column.type().substring(column.type().indexOf('(')) + " "
						: "";
				out.append("    ").append(type).append(' ').append(column.name());
				if (!keys.isEmpty()) {
					out.append(' ').append(String.join(", ", keys));
				}
				out.append(" \"").append(size).append(column.nullable() ? "null" : "not null").append("\"\n");
			}
			out.append("  }\n");
		}
		for (Table table : tables) {
			for (Table.ForeignKey key : table.foreignKeys()) {
				out.append("  ")
					.append(key.table())
					.append(" ||--o{ ")
					.append(table.name())
					.append(" : \"")
					.append(String.join(", ", key.columns()))
					.append("\"\n");
			}
		}
		return out.toString();
	}

}
