package dev.shopfront.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The official PostgreSQL image, with what the embedded engine gives the tests: database
 * {@code shopfront}, user {@code postgres}, password {@code password}, 200 connections.
 */
public class PostgresContainerEngine extends ContainerEngine<PostgreSQLContainer> implements OwnDatabases {

	static final String DATABASE = "shopfront";

	static final String PASSWORD = "password";

	public PostgresContainerEngine(String image) {
		super(Engine.POSTGRES, image);
	}

	@Override
	protected PostgreSQLContainer create(DockerImageName image) {
		return new PostgreSQLContainer(image).withDatabaseName(DATABASE)
			.withUsername("postgres")
			.withPassword(PASSWORD)
			.withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=200");
	}

	@Override
	protected boolean answers() {
		try (Connection connection = DriverManager.getConnection(container().getJdbcUrl(), "postgres", PASSWORD)) {
			return connection.isValid(2);
		}
		catch (SQLException notYet) {
			return false;
		}
	}

	@Override
	public synchronized void ensureDatabase(String database, String user, String password) {
		try (Connection connection = DriverManager.getConnection(container().getJdbcUrl(), "postgres", PASSWORD)) {
			OwnDatabases.ensure(connection, database, user, password);
		}
		catch (SQLException ex) {
			throw new EngineStartException(
					"PostgreSQL could not create database %s for %s: %s".formatted(database, user, ex.getMessage()),
					ex);
		}
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("DB_HOST", host(), "DB_PORT", String.valueOf(port()), "DB_USER", "postgres", "DB_PASSWORD",
				PASSWORD, "DB_NAME", DATABASE);
	}

}
