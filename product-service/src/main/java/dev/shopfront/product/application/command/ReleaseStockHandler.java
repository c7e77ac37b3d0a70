package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.Stock;

/**
 * Gives back the units a reservation holds, once. Returns whether anything was given
 * back.
 */
public class ReleaseStockHandler {

	private final Stock stock;

	public ReleaseStockHandler(Stock stock) {
		this.stock = stock;
	}

	public boolean handle(ReleaseStockCommand command) {
		return this.stock.release(command.reservationId());
	}

}
