package dev.shopfront.product.interfaces.messaging;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.shopfront.product.application.command.ApplyStockChangeCommand;
import dev.shopfront.product.application.command.ApplyStockChangeHandler;
import dev.shopfront.product.domain.StockChange;
import dev.shopfront.product.domain.StockChangeOutcome;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.StockUpdated;

/**
 * Applies stock.updated events from stock-events. A record that cannot be applied is
 * retried by the platform's error handler and then dead-lettered to stock-events-dlt;
 * outcomes are counted in {@code stock_updates_total{outcome}}.
 */
@Component
class StockEventsListener {

	private final ApplyStockChangeHandler apply;

	private final MeterRegistry meters;

	StockEventsListener(ApplyStockChangeHandler apply, MeterRegistry meters) {
		this.apply = apply;
		this.meters = meters;
	}

	@KafkaListener(topics = Topics.STOCK_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
	void on(StockUpdated event) {
		StockChange change = new StockChange(event.getEventId(), event.getProductId(), event.getQuantity(),
				StockChange.Direction.parse(event.getOperation()), event.getReservationId());
		StockChangeOutcome outcome = this.apply.handle(new ApplyStockChangeCommand(change));
		this.meters.counter("stock_updates", "outcome", outcome.name().toLowerCase()).increment();
	}

}
