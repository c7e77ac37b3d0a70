package dev.shopfront.docs.source;

import java.util.List;

/**
 * A table as the Flyway migrations leave it.
 *
 * @param name the table name
 * @param columns columns in declaration order
 * @param primaryKey the primary key's columns
 * @param foreignKeys references to other tables
 * @param files the migrations that shaped it: the one that created it, then each that
 * altered it
 */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
		List<String> files) {

	public record Column(String name, String type, boolean nullable, boolean unique) {

	}

	public record ForeignKey(List<String> columns, String table, List<String> referencedColumns) {

	}

}
