package dev.shopfront.payment.infrastructure.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import dev.shopfront.platform.requestid.RequestId;
import dev.shopfront.platform.tracing.StoredTraceContext;

/**
 * Publishes the outbox to Kafka in id order and marks each row sent once the broker
 * acknowledged it. When Kafka is down it stops at the first row that fails and tries
 * again on the next run, so rows wait rather than vanish and events of one payment keep
 * their order. A crash between send and mark publishes a row twice; consumers are
 * idempotent by event_id. Each row is sent inside the trace of the request that wrote it,
 * so the send and the consumers' spans join that trace.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcOutbox outbox;

	private final KafkaTemplate<String, byte[]> kafka;

	private final StoredTraceContext traces;

	private final int batchSize;

	private final long sendTimeoutMs;

	public OutboxRelay(JdbcOutbox outbox, KafkaTemplate<String, byte[]> kafka, StoredTraceContext traces,
			MeterRegistry meters, int batchSize, long sendTimeoutMs) {
		this.outbox = outbox;
		this.kafka = kafka;
		this.traces = traces;
		this.batchSize = batchSize;
		this.sendTimeoutMs = sendTimeoutMs;
		Gauge.builder("outbox_backlog", outbox, JdbcOutbox::backlog)
			.description("Outbox rows not yet published to Kafka")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${shopfront.outbox.poll-interval}")
	public void relay() {
		for (JdbcOutbox.PendingRow row : this.outbox.pending(this.batchSize)) {
			if (!publish(row)) {
				return;
			}
		}
	}

	private boolean publish(JdbcOutbox.PendingRow row) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
				row.payload().getBytes(StandardCharsets.UTF_8));
		if (row.requestId() != null) {
			record.headers().add(RequestId.HEADER, row.requestId().getBytes(StandardCharsets.UTF_8));
		}
		try (StoredTraceContext.Resumed span = this.traces.resume(row.traceParent(), "outbox relay")) {
			this.kafka.send(record).get(this.sendTimeoutMs, TimeUnit.MILLISECONDS);
			this.outbox.markSent(row.id());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			log.warn("Outbox row {} to {} not published yet: {}", row.id(), row.topic(), ex.getMessage());
			this.outbox.markFailed(row.id(), String.valueOf(ex.getMessage()));
			return false;
		}
	}

}
