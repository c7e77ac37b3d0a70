package dev.shopfront.product.application.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.product.domain.Stock;

/**
 * Takes all the lines of a checkout from stock or none; repeating a reservation id
 * changes nothing. Returns whether units were taken by this call.
 */
public class ReserveStockHandler {

	private static final Logger log = LoggerFactory.getLogger(ReserveStockHandler.class);

	private final Stock stock;

	public ReserveStockHandler(Stock stock) {
		this.stock = stock;
	}

	public boolean handle(ReserveStockCommand command) {
		boolean reserved = this.stock.reserve(command.reservation());
		log.info("Reservation {} {}", command.reservation().id(), reserved ? "taken" : "already held");
		return reserved;
	}

}
