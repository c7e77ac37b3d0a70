package dev.shopfront.localstack;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static dev.shopfront.localstack.EngineChecks.firstValue;
import static dev.shopfront.localstack.EngineChecks.produce;
import static dev.shopfront.localstack.EngineChecks.query;
import static dev.shopfront.localstack.EngineChecks.restartOnSamePort;
import static dev.shopfront.localstack.EngineChecks.sql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each engine for real: a round trip, then stop, start again on the same port, and the
 * data is still there; stop frees the port. The data lives under {@code target/};
 * {@link EnginesUnderTempDirectoryTest} runs the same under {@code java.io.tmpdir}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnginesTest {

	private PostgresEngine postgres;

	private MariaDbEngine mariaDb;

	private RedisEngine redis;

	private KafkaEngine kafka;

	/** Where the engines keep their data in this test. */
	Path dataRoot() {
		return Path.of("target", "engines-test").toAbsolutePath();
	}

	@BeforeAll
	void create() {
		Path data = dataRoot();
		LocalStack.deleteRecursively(data);
		this.postgres = new PostgresEngine(
				EngineSettings.of(0, data.resolve("pg")).withDatabase("shop", "postgres", "pw"));
		this.mariaDb = new MariaDbEngine(
				EngineSettings.of(0, data.resolve("maria")).withDatabase("shop", "app", "secret"));
		this.redis = new RedisEngine(EngineSettings.of(0, data.resolve("redis")));
		this.kafka = new KafkaEngine(EngineSettings.of(0, data.resolve("kafka")));
	}

	@AfterAll
	void stopAll() {
		List.of(this.postgres, this.mariaDb, this.redis, this.kafka).forEach(EmbeddedEngine::stop);
		LocalStack.deleteRecursively(dataRoot());
	}

	@Test
	void postgresKeepsRowsAcrossRestart() throws SQLException {
		this.postgres.start();
		sql(this.postgres.jdbcUrl(), "postgres", "pw", "CREATE TABLE t (v text)", "INSERT INTO t VALUES ('kept')");

		restartOnSamePort(this.postgres);

		assertThat(query(this.postgres.jdbcUrl(), "postgres", "pw", "SELECT v FROM t")).isEqualTo("kept");
		assertThat(this.postgres.environment()).containsEntry("DB_NAME", "shop")
			.containsEntry("DB_PORT", String.valueOf(this.postgres.port()));
	}

	@Test
	void mariaDbKeepsRowsAcrossRestartForTheConfiguredUser() throws SQLException {
		this.mariaDb.start();
		sql(this.mariaDb.jdbcUrl(), "app", "secret", "CREATE TABLE t (v varchar(10))", "INSERT INTO t VALUES ('kept')");

		restartOnSamePort(this.mariaDb);

		assertThat(query(this.mariaDb.jdbcUrl(), "app", "secret", "SELECT v FROM t")).isEqualTo("kept");
		assertThat(this.mariaDb.environment()).containsEntry("DB_USER", "app").containsEntry("DB_PASSWORD", "secret");
	}

	@Test
	void redisKeepsKeysAcrossRestart() {
		this.redis.start();
		redisCommand((connection) -> connection.sync().set("k", "kept"));

		restartOnSamePort(this.redis);

		String value = redisCommand((connection) -> connection.sync().get("k"));
		assertThat(value).isEqualTo("kept");
	}

	@Test
	void kafkaKeepsRecordsAcrossRestart() {
		this.kafka.start();
		try {
			produce(this.kafka, "local-stack-test", "k", "kept");
		}
		catch (Exception ex) {
			throw new AssertionError("Could not produce: " + ex + "\n" + this.kafka.log(), ex);
		}

		restartOnSamePort(this.kafka);

		assertThat(firstValue(this.kafka, "local-stack-test")).isEqualTo("kept");
	}

	private <T> T redisCommand(Function<StatefulRedisConnection<String, String>, T> command) {
		return EngineChecks.redisCommand("localhost", this.redis.port(), command);
	}

}
