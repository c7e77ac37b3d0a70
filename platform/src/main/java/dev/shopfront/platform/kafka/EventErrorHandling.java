package dev.shopfront.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.protobuf.Message;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

import dev.shopfront.proto.events.EventJsonSerializer;
import dev.shopfront.proto.events.MalformedEventException;

/**
 * How every consumer treats a record it cannot handle: a few retries with backoff, then
 * the record goes to {@code <topic>-dlt} with the failure in its headers. Unreadable
 * records skip the retries. Nothing is dropped.
 */
public final class EventErrorHandling {

	private EventErrorHandling() {
	}

	public static DefaultErrorHandler deadLetteringErrorHandler(Map<String, Object> producerProperties,
			long initialIntervalMs, int maxRetries) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
				deadLetterTemplate(producerProperties));
		ExponentialBackOff backOff = new ExponentialBackOff(initialIntervalMs, 2.0);
		backOff.setMaxAttempts(maxRetries);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class, IllegalArgumentException.class);
		return handler;
	}

	// A dead letter is either the raw bytes of an unreadable record or an event that
	// failed handling.
	private static KafkaTemplate<Object, Object> deadLetterTemplate(Map<String, Object> producerProperties) {
		Map<Class<?>, Serializer<?>> byType = Map.of(byte[].class, new ByteArraySerializer(), Message.class,
				new EventJsonSerializer());
		Serializer<Object> keys = (topic, key) -> (key != null) ? key.toString().getBytes(StandardCharsets.UTF_8)
				: null;
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerProperties, keys,
				new DelegatingByTypeSerializer(byType, true)));
	}

}
