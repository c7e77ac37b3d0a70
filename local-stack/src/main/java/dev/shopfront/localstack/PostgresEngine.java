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
public class PostgresEngine implements EmbeddedEngine, OwnDatabases {

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
				// the launcher stopping the product service that uses it.
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

	@Override
	public synchronized void ensureDatabase(String database, String user, String password) {
		String url = "jdbc:postgresql://localhost:%d/postgres".formatted(this.port);
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			OwnDatabases.ensure(connection, database, user, password);
		}
		catch (SQLException ex) {
			throw new EngineStartException(
					"PostgreSQL could not create database %s for %s: %s".formatted(database, user, ex.getMessage()),
					ex);
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
