package dev.shopfront.product.application.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.domain.StockChangeOutcome;

/**
 * Applies a stock change announced on stock-events, once per event id and never below
 * zero.
 */
public class ApplyStockChangeHandler {

	private static final Logger log = LoggerFactory.getLogger(ApplyStockChangeHandler.class);

	private final Stock stock;

	public ApplyStockChangeHandler(Stock stock) {
		this.stock = stock;
	}

	public StockChangeOutcome handle(ApplyStockChangeCommand command) {
		StockChangeOutcome outcome = this.stock.apply(command.change());
		if (outcome == StockChangeOutcome.REFUSED_INSUFFICIENT_STOCK) {
			log.warn("Refused {}: not enough stock of product {}", command.change(), command.change().productId());
		}
		else {
			log.info("Stock change {} for product {}: {}", command.change().eventId(), command.change().productId(),
					outcome);
		}
		return outcome;
	}

}
