package dev.shopfront.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What was published to Kafka, for tests that check what a service sent: the records of
 * the given topics, read from their start by a consumer group of their own, so a test
 * sees every record whatever other tests consumed before.
 */
public final class PublishedRecords {

	/** How long the expected records may take to arrive. */
	public static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(500);

	private PublishedRecords() {
	}

	/**
	 * The records of the topics that {@code wanted} keeps, in the order they arrived,
	 * read until {@code expected} of them are in.
	 * @throws AssertionError if fewer arrive within {@link #WAIT}
	 */
	public static List<ConsumerRecord<String, String>> read(KafkaBroker broker, Collection<String> topics,
			Predicate<ConsumerRecord<String, String>> wanted, int expected) {
		return read(broker, topics, wanted, expected, Duration.ZERO);
	}

	/**
	 * As {@link #read(KafkaBroker, Collection, Predicate, int)}, then reading on for
	 * {@code linger} more, so a record published twice shows as the extra one it is.
	 */
	public static List<ConsumerRecord<String, String>> read(KafkaBroker broker, Collection<String> topics,
			Predicate<ConsumerRecord<String, String>> wanted, int expected, Duration linger) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "published-records-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> seen = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.copyOf(topics));
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (seen.size() < expected) {
				if (System.nanoTime() - deadline > 0) {
					throw new AssertionError("%d of %d records on %s within %s: %s".formatted(seen.size(), expected,
							topics, WAIT, seen.stream().map(ConsumerRecord::value).toList()));
				}
				poll(consumer, wanted, seen, POLL);
			}
			long lingerEnd = System.nanoTime() + linger.toNanos();
			for (long left = linger.toNanos(); left > 0; left = lingerEnd - System.nanoTime()) {
				poll(consumer, wanted, seen, Duration.ofNanos(Math.min(POLL.toNanos(), left)));
			}
		}
		return seen;
	}

	private static void poll(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> wanted,
			List<ConsumerRecord<String, String>> seen, Duration timeout) {
		consumer.poll(timeout).forEach((record) -> {
			if (wanted.test(record)) {
				seen.add(record);
			}
		});
	}

}
