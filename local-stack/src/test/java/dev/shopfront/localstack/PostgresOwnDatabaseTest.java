package dev.shopfront.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second service's own database and user on the shared PostgreSQL (what the launcher
 * gives the notification service).
 */
class PostgresOwnDatabaseTest {

	@Test
	void createsTheDatabaseOwnedByItsUserOnceAndTheUserCanBuildInIt() throws Exception {
		EmbeddedEngine engine = LocalStack.shared().postgres();
		OwnDatabases postgres = (OwnDatabases) engine;

		postgres.ensureDatabase("own_service", "own_user", "secret");
		postgres.ensureDatabase("own_service", "own_user", "secret");

		String url = "jdbc:postgresql://%s:%s/own_service".formatted(engine.environment().get("DB_HOST"),
				engine.environment().get("DB_PORT"));
		try (Connection connection = DriverManager.getConnection(url, "own_user", "secret");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (id INT)");
			try (ResultSet owner = statement
				.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
				assertThat(owner.next()).isTrue();
				assertThat(owner.getString(1)).isEqualTo("own_user");
			}
		}
	}

	@Test
	void refusesNamesThatAreNotPlainIdentifiers() {
		OwnDatabases postgres = (OwnDatabases) LocalStack.shared().postgres();

		assertThatThrownBy(() -> postgres.ensureDatabase("x\"; DROP", "u", "p"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
