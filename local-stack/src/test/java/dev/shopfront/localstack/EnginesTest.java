package dev.shopfront.localstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
		Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.kafka.bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
			producer.send(new ProducerRecord<>("local-stack-test", "k", "kept")).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("Could not produce: " + ex + "\n" + this.kafka.log(), ex);
		}

		restartOnSamePort(this.kafka);

		Properties consumerConfig = new Properties();
		consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka.bootstrapServers());
		consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test");
		consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of("local-stack-test"));
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

	private static void restartOnSamePort(EmbeddedEngine engine) {
		int port = engine.port();
		engine.stop();
		assertThat(engine.isRunning()).isFalse();
		assertThat(Ports.inUse(port)).as("port %d freed by stop()", port).isFalse();
		engine.start();
		assertThat(engine.port()).isEqualTo(port);
		assertThat(Ports.inUse(port)).isTrue();
	}

	private static void sql(String url, String user, String password, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String query(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	private <T> T redisCommand(java.util.function.Function<StatefulRedisConnection<String, String>, T> command) {
		RedisClient client = RedisClient.create("redis://localhost:" + this.redis.port());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return command.apply(connection);
		}
		finally {
			client.shutdown();
		}
	}

}
