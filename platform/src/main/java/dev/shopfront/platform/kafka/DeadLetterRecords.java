package dev.shopfront.platform.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.ApplicationListener;
import org.springframework.kafka.event.ConsumerStartedEvent;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RetryListener;

/**
 * Counts the records the error handler gave up on and sent to {@code <topic>-dlt}, as
 * {@code dead_letter_records_total{topic,reason}}: the topic they came from and why
 * ({@link EventErrorHandling#reasonOf}). A dead letter is data a consumer did not apply,
 * so it must be seen; the counters of every topic a consumer reads exist from the
 * consumer's start, at zero for each generic reason, so the alert has a series before the
 * first failure. (A consumer's own reasons appear with their first record; the alert rule
 * catches a new series too.)
 */
public class DeadLetterRecords implements RetryListener, ApplicationListener<ConsumerStartedEvent> {

	static final String NAME = "dead.letter.records";

	private final MeterRegistry meters;

	private static final List<String> GENERIC_REASONS = List.of(EventErrorHandling.FAILED, EventErrorHandling.MALFORMED,
			EventErrorHandling.UNEXPECTED_EVENT_TYPE);

	private final Map<List<String>, Counter> byTopicAndReason = new ConcurrentHashMap<>();

	public DeadLetterRecords(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		counter(record.topic(), EventErrorHandling.reasonOf(ex)).increment();
	}

	@Override
	public void onApplicationEvent(ConsumerStartedEvent event) {
		String[] topics = (event.getSource() instanceof MessageListenerContainer container)
				? container.getContainerProperties().getTopics() : null;
		if (topics != null) {
			for (String topic : topics) {
				GENERIC_REASONS.forEach((reason) -> counter(topic, reason));
			}
		}
	}

	private Counter counter(String topic, String reason) {
		return this.byTopicAndReason.computeIfAbsent(List.of(topic, reason),
				(key) -> Counter.builder(NAME)
					.tag("topic", topic)
					.tag("reason", reason)
					.description("Records sent to the dead-letter topic, by source topic and reason")
					.register(this.meters));
	}

}
