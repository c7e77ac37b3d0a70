package dev.shopfront.payment;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.PublishedRecords;
import dev.shopfront.payment.infrastructure.messaging.JdbcOutbox;
import dev.shopfront.payment.infrastructure.messaging.OutboxMessage;
import dev.shopfront.payment.infrastructure.messaging.OutboxRelay;
import dev.shopfront.proto.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay drains a backlog in one run, batch after batch, in order. With one batch per
 * poll interval it published at most batch-size / interval events a second (200/s with
 * the defaults, about 50 checkouts/s), so a backlog after a Kafka outage drained for
 * minutes.
 */
@TestPropertySource(properties = { "shopfront.outbox.poll-interval=1h", "shopfront.outbox.batch-size=2" })
class OutboxDrainTest extends PaymentServiceIntegrationTest {

	private static final int ROWS = 7;

	@Autowired
	private JdbcOutbox outbox;

	@Autowired
	private OutboxRelay relay;

	@Test
	void oneRunPublishesTheWholeBacklogInOrderNotOneBatch() {
		String aggregate = UUID.randomUUID().toString();
		this.outbox
			.append(IntStream.range(0, ROWS)
				.mapToObj((n) -> new OutboxMessage(aggregate, Topics.PAYMENT_EVENTS, aggregate,
						UUID.randomUUID().toString(), "payment.drain-test",
						"{\"aggregate\":\"%s\",\"n\":%d}".formatted(aggregate, n)))
				.toList());
		assertThat(unsent(aggregate)).isEqualTo(ROWS);

		this.relay.relay();

		assertThat(unsent(aggregate)).isZero();
		assertThat(published(aggregate)).extracting(ConsumerRecord::value)
			.containsExactly(IntStream.range(0, ROWS)
				.mapToObj((n) -> "{\"aggregate\":\"%s\",\"n\":%d}".formatted(aggregate, n))
				.toArray(String[]::new));
	}

	private long unsent(String aggregate) {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND sent_at IS NULL")
			.param("id", aggregate)
			.query(Long.class)
			.single();
	}

	private static List<ConsumerRecord<String, String>> published(String aggregate) {
		return PublishedRecords.read(LocalStack.shared().kafka(), List.of(Topics.PAYMENT_EVENTS),
				(record) -> aggregate.equals(record.key()), ROWS);
	}

}
