package dev.shopfront.payment.infrastructure.messaging;

/**
 * One event waiting in the outbox: where it goes, under which key, and its JSON form.
 */
public record OutboxMessage(String aggregateId, String topic, String key, String eventId, String eventType,
		String payload) {

}
