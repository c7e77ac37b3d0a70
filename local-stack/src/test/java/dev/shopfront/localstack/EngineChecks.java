package dev.shopfront.localstack;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every engine passes, embedded ({@link EnginesTest}) or in a container
 * ({@link ContainerEnginesTest}): a restart on the same port, and a round trip through
 * each engine's own client.
 */
final class EngineChecks {

	private EngineChecks() {
	}

	/** Stops the engine, which frees its port, and starts it again on the same port. */
	static void restartOnSamePort(EmbeddedEngine engine) {
		int port = engine.port();
		engine.stop();
		assertThat(engine.isRunning()).isFalse();
		assertThat(Ports.inUse(port)).as("port %d freed by stop()", port).isFalse();
		engine.start();
		assertThat(engine.port()).isEqualTo(port);
		assertThat(Ports.inUse(port)).isTrue();
	}

	static void sql(String url, String user, String password, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/** The first column of the first row, or null. */
	static String query(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	static <T> T redisCommand(String host, int port, Function<StatefulRedisConnection<String, String>, T> command) {
		RedisClient client = RedisClient.create("redis://" + host + ":" + port);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return command.apply(connection);
		}
		finally {
			client.shutdown();
		}
	}

	/** Sends one record and waits until the broker has it. */
	static void produce(KafkaBroker kafka, String topic, String key, String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
	}

	/** The value of the topic's first record, or null if none arrives within 30 s. */
	static String firstValue(KafkaBroker kafka, String topic) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline) {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
				if (!records.isEmpty()) {
					return records.iterator().next().value();
				}
			}
			return null;
		}
	}

}
