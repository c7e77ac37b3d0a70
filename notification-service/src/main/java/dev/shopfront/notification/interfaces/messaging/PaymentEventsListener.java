package dev.shopfront.notification.interfaces.messaging;

import com.google.protobuf.Message;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.shopfront.notification.application.command.NotifyPaymentCommand;
import dev.shopfront.notification.application.command.NotifyPaymentHandler;
import dev.shopfront.proto.events.Topics;

/**
 * Tells buyers about their payments from payment-events. A record that cannot be read or
 * mapped goes to payment-events-dlt through the platform's error handler; outcomes are
 * counted in {@code payment_notices_total{outcome}}.
 */
@Component
class PaymentEventsListener {

	private final NotifyPaymentHandler notify;

	private final MeterRegistry meters;

	PaymentEventsListener(NotifyPaymentHandler notify, MeterRegistry meters) {
		this.notify = notify;
		this.meters = meters;
	}

	@KafkaListener(topics = Topics.PAYMENT_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void on(Message event) {
		boolean created = this.notify.handle(new NotifyPaymentCommand(PaymentEventMessages.noticeOf(event)));
		this.meters.counter("payment_notices", "outcome", created ? "created" : "duplicate").increment();
	}

}
