package dev.shopfront.docs.source;

import java.util.List;

/**
 * A table as the Flyway migrations leave it.
 *
 * @param name the table name
 * @param columns columns in declaration order
 * @param primaryKey the primary key's columns
 * @param foreignKeys references to other tables
 * @param file the migration that created it
 */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
		String file) {

	public record Column(String name, String type, boolean nullable, boolean unique) {

	}

	public record ForeignKey(List<String> columns, String table, List<String> referencedColumns) {

	}

}
