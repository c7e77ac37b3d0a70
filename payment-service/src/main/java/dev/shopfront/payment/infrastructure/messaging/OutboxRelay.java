package dev.shopfront.payment.infrastructure.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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

	private final OutboxRelayLock lock;

	private final KafkaTemplate<String, byte[]> kafka;

	private final StoredTraceContext traces;

	private final int batchSize;

	private final long sendTimeoutMs;

	public OutboxRelay(JdbcOutbox outbox, OutboxRelayLock lock, KafkaTemplate<String, byte[]> kafka,
			StoredTraceContext traces, MeterRegistry meters, int batchSize, long sendTimeoutMs) {
		this.outbox = outbox;
		this.lock = lock;
		this.kafka = kafka;
		this.traces = traces;
		this.batchSize = batchSize;
		this.sendTimeoutMs = sendTimeoutMs;
		Gauge.builder("outbox_backlog", outbox, JdbcOutbox::backlog)
			.description("Outbox rows not yet published to Kafka")
			.register(meters);
	}

	/**
	 * Drains the outbox: batch after batch while batches come back full, so a backlog is
	 * not held to one batch per poll interval. Skipped while another replica's relay runs
	 * ({@link OutboxRelayLock}).
	 * @return whether this run held the lock and drained
	 */
	@Scheduled(fixedDelayString = "${shopfront.outbox.poll-interval}")
	public boolean relay() {
		Optional<OutboxRelayLock.Held> held = this.lock.tryAcquire();
		if (held.isEmpty()) {
			return false;
		}
		try (OutboxRelayLock.Held running = held.get()) {
			List<JdbcOutbox.PendingRow> batch;
			do {
				batch = this.outbox.pending(this.batchSize);
			}
			while (publishInOrder(batch) && batch.size() == this.batchSize);
			return true;
		}
	}

	/**
	 * The first row goes alone, so a broker that is down costs one send per run; the rest
	 * are sent together and confirmed in order, so a batch waits for Kafka once rather
	 * than once per row. Rows after a failed one stay unsent (any of them the broker took
	 * is sent again later; consumers are idempotent by event_id).
	 */
	private boolean publishInOrder(List<JdbcOutbox.PendingRow> rows) {
		if (rows.isEmpty()) {
			return true;
		}
		if (!confirmed(rows.get(0), send(rows.get(0)))) {
			return false;
		}
		List<CompletableFuture<?>> sends = rows.subList(1, rows.size()).stream().map(this::send).toList();
		for (int i = 0; i < sends.size(); i++) {
			if (!confirmed(rows.get(i + 1), sends.get(i))) {
				return false;
			}
		}
		return true;
	}

	private CompletableFuture<?> send(JdbcOutbox.PendingRow row) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
				row.payload().getBytes(StandardCharsets.UTF_8));
		if (row.requestId() != null) {
			record.headers().add(RequestId.HEADER, row.requestId().getBytes(StandardCharsets.UTF_8));
		}
		try (StoredTraceContext.Resumed span = this.traces.resume(row.traceParent(), "outbox relay")) {
			return this.kafka.send(record);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private boolean confirmed(JdbcOutbox.PendingRow row, CompletableFuture<?> send) {
		try {
			send.get(this.sendTimeoutMs, TimeUnit.MILLISECONDS);
			this.outbox.markSent(row.id());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			String reason = (ex instanceof ExecutionException && ex.getCause() != null) ? ex.getCause().getMessage()
					: ex.getMessage();
			log.warn("Outbox row {} to {} not published yet: {}", row.id(), row.topic(), reason);
			this.outbox.markFailed(row.id(), String.valueOf(reason));
			return false;
		}
	}

}
