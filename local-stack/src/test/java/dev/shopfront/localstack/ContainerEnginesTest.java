package dev.shopfront.localstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

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
		Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
			producer.send(new ProducerRecord<>("container-engines-test", "k", "kept")).get(30, TimeUnit.SECONDS);
		}

		restartOnSamePort(kafka);

		Properties consumerConfig = new Properties();
		consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "container-engines-test");
		consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of("container-engines-test"));
			String value = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (value == null && System.nanoTime() < deadline) {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
				if (!records.isEmpty()) {
					value = records.iterator().next().value();
				}
			}
			assertThat(value).isEqualTo("kept");
		}
	}

	private static EmbeddedEngine start(Engine engine) {
		EmbeddedEngine container = ContainerEngine.of(engine, IMAGES);
		started.add(container);
		container.start();
		assertThat(container.isRunning()).isTrue();
		return container;
	}

	private static void restartOnSamePort(EmbeddedEngine engine) {
		int port = engine.port();
		engine.stop();
		assertThat(engine.isRunning()).isFalse();
		assertThat(Ports.inUse(port)).as("port %d freed by stop()", port).isFalse();
		engine.start();
		assertThat(engine.port()).isEqualTo(port);
		assertThat(Ports.inUse(port)).isTrue();
	}

	private static String jdbcUrl(String kind, Map<String, String> env) {
		return "jdbc:%s://%s:%s/%s".formatted(kind, env.get("DB_HOST"), env.get("DB_PORT"), env.get("DB_NAME"));
	}

	private static void sql(String url, Map<String, String> env, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, env.get("DB_USER"), env.get("DB_PASSWORD"));
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String query(String url, Map<String, String> env, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, env.get("DB_USER"), env.get("DB_PASSWORD"));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	private static <T> T redisCommand(EmbeddedEngine redis,
			Function<StatefulRedisConnection<String, String>, T> command) {
		Map<String, String> env = redis.environment();
		RedisClient client = RedisClient.create("redis://" + env.get("REDIS_HOST") + ":" + env.get("REDIS_PORT"));
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return command.apply(connection);
		}
		finally {
			client.shutdown();
		}
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
