package dev.shopfront.product.application.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.domain.StockChangeOutcome;

/**
 * Applies a stock change announced on stock-events to the reservation it settles, once
 * per event id. @throws StockChangeRejectedException if it settles no known reservation
 */
public class ApplyStockChangeHandler {

	private static final Logger log = LoggerFactory.getLogger(ApplyStockChangeHandler.class);

	private final Stock stock;

	public ApplyStockChangeHandler(Stock stock) {
		this.stock = stock;
	}

	public StockChangeOutcome handle(ApplyStockChangeCommand command) {
		StockChangeOutcome outcome = this.stock.apply(command.change());
		log.info("Stock change {} for product {}: {}", command.change().eventId(), command.change().productId(),
				outcome);
		return outcome;
	}

}
