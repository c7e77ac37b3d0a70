package dev.shopfront.localstack;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import static dev.shopfront.localstack.EngineChecks.firstValue;
import static dev.shopfront.localstack.EngineChecks.produce;
import static dev.shopfront.localstack.EngineChecks.restartOnSamePort;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker only: each official image as the tests get it, against the embedded engines'
 * contract (the same settings under the same names; stop then start keeps the data and
 * the port) and at the version engine-images.properties names. Skipped, with that reason,
 * where no Docker environment answers.
 */
@ExtendWith(ContainerEnginesTest.WhenDockerAnswers.class)
class ContainerEnginesTest {

	private static final EngineImages IMAGES = EngineImages.load();

	private static final Path UNUSED = Path.of("target", "container-engines-test");

	private static final List<EmbeddedEngine> started = new ArrayList<>();

	@AfterAll
	static void stopAll() {
		started.forEach(EmbeddedEngine::stop);
	}

	@Test
	void postgresHandsOverTheEmbeddedSettingsAndKeepsRowsAcrossRestart() throws SQLException {
		EmbeddedEngine postgres = start(Engine.POSTGRES);
		String url = jdbcUrl("postgresql", postgres.environment());
		sql(url, postgres.environment(), "CREATE TABLE t (v text)", "INSERT INTO t VALUES ('kept')");

		restartOnSamePort(postgres);

		assertThat(query(url, postgres.environment(), "SELECT v FROM t")).isEqualTo("kept");
		assertThat(query(url, postgres.environment(), "SHOW server_version"))
			.startsWith(IMAGES.tag(Engine.POSTGRES).split("-")[0] + ".");
		assertThat(postgres.environment()).containsAllEntriesOf(Map.of("DB_USER", "postgres", "DB_NAME", "shopfront"))
			.containsOnlyKeys(new PostgresEngine(EngineSettings.of(0, UNUSED)).environment().keySet());
	}

	@Test
	void mariaDbHandsOverTheEmbeddedSettingsAndKeepsRowsAcrossRestart() throws SQLException {
		EmbeddedEngine mariaDb = start(Engine.MARIADB);
		String url = jdbcUrl("mariadb", mariaDb.environment());
		sql(url, mariaDb.environment(), "CREATE TABLE t (v varchar(10))", "INSERT INTO t VALUES ('kept')");

		restartOnSamePort(mariaDb);

		assertThat(query(url, mariaDb.environment(), "SELECT v FROM t")).isEqualTo("kept");
		assertThat(query(url, mariaDb.environment(), "SELECT VERSION()")).startsWith(IMAGES.tag(Engine.MARIADB) + ".");
		assertThat(mariaDb.environment())
			.containsAllEntriesOf(Map.of("DB_USER", "shopfront", "DB_PASSWORD", "password", "DB_NAME", "shopfront"))
			.containsOnlyKeys(new MariaDbEngine(EngineSettings.of(0, UNUSED)).environment().keySet());
	}

	@Test
	void redisKeepsKeysAcrossRestart() {
		EmbeddedEngine redis = start(Engine.REDIS);
		redisCommand(redis, (connection) -> connection.sync().set("k", "kept"));

		restartOnSamePort(redis);

		String value = redisCommand(redis, (connection) -> connection.sync().get("k"));
		assertThat(value).isEqualTo("kept");
		assertThat(redis.environment()).containsOnlyKeys("REDIS_HOST", "REDIS_PORT");
	}

	@Test
	void kafkaKeepsRecordsAcrossRestart() throws Exception {
		KafkaBroker kafka = (KafkaBroker) start(Engine.KAFKA);
		assertThat(kafka.environment()).containsExactly(Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
		produce(kafka, "container-engines-test", "k", "kept");

		restartOnSamePort(kafka);

		assertThat(firstValue(kafka, "container-engines-test")).isEqualTo("kept");
	}

	private static EmbeddedEngine start(Engine engine) {
		EmbeddedEngine container = ContainerEngine.of(engine, IMAGES);
		started.add(container);
		container.start();
		assertThat(container.isRunning()).isTrue();
		return container;
	}

	private static String jdbcUrl(String kind, Map<String, String> env) {
		return "jdbc:%s://%s:%s/%s".formatted(kind, env.get("DB_HOST"), env.get("DB_PORT"), env.get("DB_NAME"));
	}

	private static void sql(String url, Map<String, String> env, String... statements) throws SQLException {
		EngineChecks.sql(url, env.get("DB_USER"), env.get("DB_PASSWORD"), statements);
	}

	private static String query(String url, Map<String, String> env, String sql) throws SQLException {
		return EngineChecks.query(url, env.get("DB_USER"), env.get("DB_PASSWORD"), sql);
	}

	private static <T> T redisCommand(EmbeddedEngine redis,
			Function<StatefulRedisConnection<String, String>, T> command) {
		Map<String, String> env = redis.environment();
		return EngineChecks.redisCommand(env.get("REDIS_HOST"), Integer.parseInt(env.get("REDIS_PORT")), command);
	}

	/**
	 * Skips the class, with the reason in the report, where no Docker environment
	 * answers.
	 */
	static final class WhenDockerAnswers implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (context.getTestMethod().isPresent()) {
				return ConditionEvaluationResult.enabled("decided for the class");
			}
			return ContainerEngine.dockerAvailable()
					? ConditionEvaluationResult.enabled("a Docker environment answered")
					: ConditionEvaluationResult.disabled("Docker only: no Docker environment answered, so "
							+ "Testcontainers cannot start the official images (the embedded engines' own tests are EnginesTest)");
		}

	}

}
