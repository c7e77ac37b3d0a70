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
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;
import org.springframework.util.backoff.ExponentialBackOff;

import dev.shopfront.proto.events.EventJsonSerializer;
import dev.shopfront.proto.events.MalformedEventException;

/**
 * How every consumer treats a record it cannot handle: a few retries with backoff, then
 * the record goes to {@code <topic>-dlt} with the failure in its headers, counted by
 * {@link DeadLetterRecords} in {@code dead_letter_records_total{topic,reason}}.
 * Unreadable and rejected records skip the retries. Nothing is dropped.
 */
public final class EventErrorHandling {

	private EventErrorHandling() {
	}

	static final String FAILED = "failed";

	static final String MALFORMED = "malformed";

	static final String UNEXPECTED_EVENT_TYPE = "unexpected_event_type";

	public static DefaultErrorHandler deadLetteringErrorHandler(Map<String, Object> producerProperties,
			long initialIntervalMs, int maxRetries) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
				deadLetterTemplate(producerProperties));
		ExponentialBackOff backOff = new ExponentialBackOff(initialIntervalMs, 2.0);
		backOff.setMaxAttempts(maxRetries);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class, IllegalArgumentException.class,
				RejectedEventException.class);
		return handler;
	}

	/**
	 * Why a record was dead-lettered: the consumer's own reason, {@code malformed} for
	 * unreadable bytes, {@code unexpected_event_type} for an event the topic's consumer
	 * does not take, else {@code failed}.
	 */
	static String reasonOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RejectedEventException rejected) {
				return rejected.reason();
			}
			if (cause instanceof MalformedEventException || cause instanceof DeserializationException) {
				return MALFORMED;
			}
			if (cause instanceof MessageConversionException || cause instanceof MethodArgumentResolutionException
					|| cause instanceof ConversionException) {
				return UNEXPECTED_EVENT_TYPE;
			}
		}
		return FAILED;
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
