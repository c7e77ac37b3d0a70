package dev.shopfront.product.interfaces.messaging;

import java.util.Arrays;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.shopfront.platform.kafka.RejectedEventException;
import dev.shopfront.product.application.command.ApplyStockChangeCommand;
import dev.shopfront.product.application.command.ApplyStockChangeHandler;
import dev.shopfront.product.domain.InvalidProductException;
import dev.shopfront.product.domain.StockChange;
import dev.shopfront.product.domain.StockChangeOutcome;
import dev.shopfront.product.domain.StockChangeRejectedException;
import dev.shopfront.proto.events.StockOperation;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.StockUpdated;

/**
 * Applies stock.updated events from stock-events. Only a change that settles a
 * reservation this service holds, with its quantity, is applied; any other (forged, out
 * of range, unknown operation) goes straight to stock-events-dlt and is counted in
 * {@code dead_letter_records_total{topic,reason}}. A record that fails otherwise is
 * retried by the platform's error handler first. Outcomes are counted in
 * {@code stock_updates_total{outcome}}.
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
		StockChangeOutcome outcome;
		try {
			StockChange change = new StockChange(event.getEventId(), event.getProductId(), event.getQuantity(),
					direction(event.getOperation()), event.getReservationId());
			outcome = this.apply.handle(new ApplyStockChangeCommand(change));
		}
		catch (StockChangeRejectedException ex) {
			throw new RejectedEventException(ex.reason().name().toLowerCase(), ex.getMessage());
		}
		catch (InvalidProductException ex) {
			throw new RejectedEventException("invalid_event", ex.getMessage());
		}
		this.meters.counter("stock_updates", "outcome", outcome.name().toLowerCase()).increment();
	}

	private static StockChange.Direction direction(String operation) {
		StockOperation known = StockOperation.parse(operation)
			.orElseThrow(() -> new InvalidProductException("operation must be one of %s, was '%s'"
				.formatted(Arrays.stream(StockOperation.values()).map(StockOperation::value).toList(), operation)));
		return switch (known) {
			case DECREASE -> StockChange.Direction.DECREASE;
			case INCREASE -> StockChange.Direction.INCREASE;
		};
	}

}
