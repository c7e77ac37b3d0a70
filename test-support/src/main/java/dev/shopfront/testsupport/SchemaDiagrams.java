package dev.shopfront.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * A service's tables twice, to hold the generated ER diagram to the database: as
 * {@code docs/architecture/data.md} draws them, and as the migrated database has them.
 * Each table is the set of its columns, each written {@code name null|not null [PK]}, so
 * a missing, extra or renamed column, a changed nullability or primary key shows as a
 * difference. Types are left out: the engines name them differently from the DDL.
 */
public final class SchemaDiagrams {

	private static final String PAGE = "docs/architecture/data.md";

	private static final Pattern TABLE = Pattern.compile("^\\s*(\\w+) \\{$");

	// e.g. VARCHAR user_id PK "(64) not null", BIGINT order_id PK, FK "not null"
	private static final Pattern COLUMN = Pattern.compile("^\\s*\\w+ (\\w+)((?: (?:PK|FK|UK),?)*) \"(.*)\"$");

	private SchemaDiagrams() {
	}

	/** The tables the service's "Database Schema" diagram draws. */
	public static Map<String, Set<String>> drawn(String service) {
		String page = Repository.read(PAGE);
		int section = page.indexOf("## Database Schema: " + service + "\n");
		if (section < 0) {
			throw new IllegalStateException(PAGE + " has no Database Schema diagram of " + service);
		}
		int start = page.indexOf("```mermaid", section);
		String diagram = page.substring(start, page.indexOf("```\n", start + 3));
		Map<String, Set<String>> tables = new TreeMap<>();
		Set<String> columns = null;
		for (String line : diagram.lines().toList()) {
			Matcher table = TABLE.matcher(line);
			Matcher column = COLUMN.matcher(line);
			if (table.find()) {
				columns = tables.computeIfAbsent(table.group(1).toLowerCase(Locale.ROOT), (name) -> new TreeSet<>());
			}
			else if (line.strip().equals("}")) {
				columns = null;
			}
			else if (columns != null && column.find()) {
				boolean nullable = !column.group(3).endsWith("not null");
				columns.add(describe(column.group(1), nullable, column.group(2).contains("PK")));
			}
		}
		return tables;
	}

	/**
	 * The tables of the database behind {@code dataSource} (its current schema), Flyway's
	 * history left out.
	 */
	public static Map<String, Set<String>> migrated(DataSource dataSource) throws SQLException {
		Map<String, Set<String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			// MariaDB keeps tables in the connection's catalog, PostgreSQL in its schema
			String schema = (connection.getSchema() != null) ? connection.getSchema() : connection.getCatalog();
			Set<String> primaryKeys = primaryKeys(connection, schema);
			try (PreparedStatement query = connection.prepareStatement("""
					SELECT table_name, column_name, is_nullable FROM information_schema.columns
					WHERE table_schema = ? AND table_name <> 'flyway_schema_history'""")) {
				query.setString(1, schema);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						String table = rows.getString(1).toLowerCase(Locale.ROOT);
						String column = rows.getString(2).toLowerCase(Locale.ROOT);
						tables.computeIfAbsent(table, (name) -> new TreeSet<>())
							.add(describe(column, "YES".equalsIgnoreCase(rows.getString(3)),
									primaryKeys.contains(table + "." + column)));
					}
				}
			}
		}
		return tables;
	}

	private static Set<String> primaryKeys(Connection connection, String schema) throws SQLException {
		Set<String> keys = new TreeSet<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT k.table_name, k.column_name
				FROM information_schema.table_constraints c
				JOIN information_schema.key_column_usage k
				  ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
				 AND k.table_name = c.table_name
				WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = ?""")) {
			query.setString(1, schema);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					keys.add((rows.getString(1) + "." + rows.getString(2)).toLowerCase(Locale.ROOT));
				}
			}
		}
		return keys;
	}

	private static String describe(String column, boolean nullable, boolean primaryKey) {
		return column + (nullable ? " null" : " not null") + (primaryKey ? " PK" : "");
	}

}
