package dev.shopfront.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from the zonky binaries. Connections are trusted on loopback, so the
 * configured password is accepted whatever it is; the configured database is created on
 * first start.
 */
public class PostgresEngine implements EmbeddedEngine {

	private final EngineSettings settings;

	private int port;

	private EmbeddedPostgres postgres;

	public PostgresEngine(EngineSettings settings) {
		this.settings = settings;
		this.port = settings.port();
	}

	@Override
	public Engine engine() {
		return Engine.POSTGRES;
	}

	@Override
	public synchronized void start() {
		if (this.postgres != null) {
			return;
		}
		this.port = Ports.freeIfZero(this.port);
		try {
			Files.createDirectories(this.settings.dataDirectory());
			this.postgres = EmbeddedPostgres.builder()
				.setPort(this.port)
				.setDataDirectory(this.settings.dataDirectory())
				.setCleanDataDirectory(false)
				// Its own hook would stop PostgreSQL at JVM exit, alongside (not after)
				// the
				// launcher stopping the product service that uses it.
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				.start();
			createDatabaseIfMissing();
		}
		catch (IOException | SQLException ex) {
			this.postgres = null;
			throw new EngineStartException(
					"PostgreSQL did not start on port %d: %s".formatted(this.port, ex.getMessage()), ex);
		}
	}

	private void createDatabaseIfMissing() throws SQLException {
		String url = "jdbc:postgresql://localhost:%d/postgres".formatted(this.port);
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database() + "'")) {
				if (!exists.next()) {
					statement.execute("CREATE DATABASE \"" + database() + "\"");
				}
			}
		}
	}

	/**
	 * Gives a service its own corner of this engine: a login role and a database it owns,
	 * created on the first call and left as they are afterwards. Names are SQL
	 * identifiers (lower-case letters, digits and '_').
	 */
	public synchronized void ensureDatabase(String database, String user, String password) {
		requireIdentifier(database);
		requireIdentifier(user);
		String url = "jdbc:postgresql://localhost:%d/postgres".formatted(this.port);
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
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
		catch (SQLException ex) {
			throw new EngineStartException(
					"PostgreSQL could not create database %s for %s: %s".formatted(database, user, ex.getMessage()),
					ex);
		}
	}

	private static void requireIdentifier(String name) {
		if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("'%s' is not a plain SQL identifier".formatted(name));
		}
	}

	@Override
	public synchronized void stop() {
		if (this.postgres == null) {
			return;
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("PostgreSQL did not stop cleanly: " + ex.getMessage(), ex);
		}
		finally {
			this.postgres = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.postgres != null;
	}

	@Override
	public int port() {
		return this.port;
	}

	public String database() {
		return (this.settings.database() != null) ? this.settings.database() : "shopfront";
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:%d/%s".formatted(this.port, database());
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("DB_HOST", "localhost", "DB_PORT", String.valueOf(this.port), "DB_USER", "postgres",
				"DB_PASSWORD", (this.settings.password() != null) ? this.settings.password() : "password", "DB_NAME",
				database());
	}

}
