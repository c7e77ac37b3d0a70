package dev.shopfront.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code payment-events} from the beginning, as any new consumer would, and keeps
 * the event types published for one payment (the record key).
 */
final class PaymentEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PaymentEvents() {
	}

	static List<String> typesFor(String bootstrapServers, String paymentId) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		List<String> types = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of("payment-events"));
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> event : consumer.poll(Duration.ofMillis(500))) {
					if (paymentId.equals(event.key())) {
						JsonNode body = JSON.readTree(new String(event.value(), StandardCharsets.UTF_8));
						types.add(body.path("event_type").asString());
					}
				}
			}
		}
		return types;
	}

}
