package dev.shopfront.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The official MariaDB image, with what the embedded engine gives the tests: database
 * {@code shopfront}, user {@code shopfront}, password {@code password}.
 */
public class MariaDbContainerEngine extends ContainerEngine<MariaDBContainer> {

	static final String DATABASE = "shopfront";

	static final String USER = "shopfront";

	static final String PASSWORD = "password";

	public MariaDbContainerEngine(String image) {
		super(Engine.MARIADB, image);
	}

	@Override
	protected MariaDBContainer create(DockerImageName image) {
		return new MariaDBContainer(image).withDatabaseName(DATABASE).withUsername(USER).withPassword(PASSWORD);
	}

	@Override
	protected boolean answers() {
		try (Connection connection = DriverManager.getConnection(container().getJdbcUrl(), USER, PASSWORD)) {
			return connection.isValid(2);
		}
		catch (SQLException notYet) {
			return false;
		}
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("DB_HOST", host(), "DB_PORT", String.valueOf(port()), "DB_USER", USER, "DB_PASSWORD", PASSWORD,
				"DB_NAME", DATABASE);
	}

}
