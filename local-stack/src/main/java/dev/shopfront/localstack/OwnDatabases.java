package dev.shopfront.localstack;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL engine, embedded or in a container, that gives a service its own corner: a
 * login role and a database it owns, as Compose's init script and the chart's initdb
 * Secret do for the notification service.
 */
public interface OwnDatabases {

	/**
	 * Creates the role and the database it owns on the first call and leaves them as they
	 * are afterwards. Names are SQL identifiers (lower-case letters, digits and '_').
	 */
	void ensureDatabase(String database, String user, String password);

	/** The statements both engines run, on a superuser connection. */
	static void ensure(Connection connection, String database, String user, String password) throws SQLException {
		requireIdentifier(database);
		requireIdentifier(user);
		try (Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + user + "'")) {
				if (!exists.next()) {
					statement
						.execute("CREATE ROLE \"%s\" LOGIN PASSWORD '%s'".formatted(user, password.replace("'", "''")));
				}
			}
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
				if (!exists.next()) {
					statement.execute("CREATE DATABASE \"%s\" OWNER \"%s\"".formatted(database, user));
				}
			}
		}
	}

	private static void requireIdentifier(String name) {
		if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("'%s' is not a plain SQL identifier".formatted(name));
		}
	}

}
