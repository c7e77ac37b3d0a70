package dev.shopfront.platform.kafka;

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
 * {@code dead_letter_records_total} by the topic they came from. A dead letter is data a
 * consumer did not apply, so it must be seen; the counter of every topic a consumer reads
 * exists from the consumer's start, at zero, so the alert has a series before the first
 * failure.
 */
public class DeadLetterRecords implements RetryListener, ApplicationListener<ConsumerStartedEvent> {

	static final String NAME = "dead.letter.records";

	private final MeterRegistry meters;

	private final Map<String, Counter> byTopic = new ConcurrentHashMap<>();

	public DeadLetterRecords(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		counter(record.topic()).increment();
	}

	@Override
	public void onApplicationEvent(ConsumerStartedEvent event) {
		String[] topics = (event.getSource() instanceof MessageListenerContainer container)
				? container.getContainerProperties().getTopics() : null;
		if (topics != null) {
			for (String topic : topics) {
				counter(topic);
			}
		}
	}

	private Counter counter(String topic) {
		return this.byTopic.computeIfAbsent(topic,
				(name) -> Counter.builder(NAME)
					.tag("topic", name)
					.description("Records sent to the dead-letter topic after their handling failed")
					.register(this.meters));
	}

}
