package dev.shopfront.payment;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.PublishedRecords;
import dev.shopfront.payment.infrastructure.messaging.JdbcOutbox;
import dev.shopfront.payment.infrastructure.messaging.OutboxMessage;
import dev.shopfront.payment.infrastructure.messaging.OutboxRelay;
import dev.shopfront.payment.infrastructure.messaging.OutboxRelayLock;
import dev.shopfront.proto.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

	@Autowired
	private DataSource dataSource;

	@Test
	void oneRunPublishesTheWholeBacklogInOrderNotOneBatch() {
		String aggregate = UUID.randomUUID().toString();
		// the relays of the other cached test contexts share this table: the backlog is
		// written while their lock is held, so none of them sends a row of it early
		try (OutboxRelayLock.Held others = await().atMost(Duration.ofSeconds(10))
			.until(new OutboxRelayLock(this.dataSource)::tryAcquire, Optional::isPresent)
			.orElseThrow()) {
			this.outbox.append(IntStream.range(0, ROWS)
				.mapToObj((n) -> new OutboxMessage(aggregate, Topics.PAYMENT_EVENTS, aggregate,
						UUID.randomUUID().toString(), "payment.drain-test",
						"{\"aggregate\":\"%s\",\"n\":%d}".formatted(aggregate, n)))
				.toList());
			assertThat(unsent(aggregate)).isEqualTo(ROWS);
		}

		// at once, before the others' next poll
		await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(10)).until(this.relay::relay);
		assertThat(unsent(aggregate)).isZero();
		assertThat(published(aggregate)).extracting(ConsumerRecord::value)
			.containsExactly(IntStream.range(0, ROWS)
				.mapToObj((n) -> "{\"aggregate\":\"%s\",\"n\":%d}".formatted(aggregate, n))
				.toArray(String[]::new));
	}

	@Test
	void whileAnotherReplicasRelayRunsThisOneSendsNothing() {
		String aggregate = UUID.randomUUID().toString();
		OutboxRelayLock otherReplica = new OutboxRelayLock(this.dataSource);
		Optional<OutboxRelayLock.Held> held = Optional.empty();
		try {
			held = await().atMost(Duration.ofSeconds(10)).until(otherReplica::tryAcquire, Optional::isPresent);
			// appended only once the lock is held: the relays of the other cached test
			// contexts
			// share this table and would otherwise send the row before the lock is taken
			this.outbox.append(
					List.of(new OutboxMessage(aggregate, Topics.PAYMENT_EVENTS, aggregate, UUID.randomUUID().toString(),
							"payment.drain-test", "{\"aggregate\":\"%s\"}".formatted(aggregate))));

			assertThat(this.relay.relay()).isFalse();
			assertThat(new OutboxRelayLock(this.dataSource).tryAcquire()).isEmpty();
			assertThat(unsent(aggregate)).isEqualTo(1);
		}
		finally {
			held.ifPresent(OutboxRelayLock.Held::close);
		}

		await().atMost(Duration.ofSeconds(10)).until(this.relay::relay);
		assertThat(unsent(aggregate)).isZero();
		assertThat(published(aggregate, 1)).hasSize(1);
	}

	private long unsent(String aggregate) {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND sent_at IS NULL")
			.param("id", aggregate)
			.query(Long.class)
			.single();
	}

	private static List<ConsumerRecord<String, String>> published(String aggregate) {
		return published(aggregate, ROWS);
	}

	private static List<ConsumerRecord<String, String>> published(String aggregate, int expected) {
		// read on a second: a record published twice shows
		return PublishedRecords.read(LocalStack.shared().kafka(), List.of(Topics.PAYMENT_EVENTS),
				(record) -> aggregate.equals(record.key()), expected, Duration.ofSeconds(1));
	}

}
