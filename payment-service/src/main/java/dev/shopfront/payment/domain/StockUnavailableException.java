package dev.shopfront.payment.domain;

/**
 * The catalogue cannot reserve the basket's items (not enough stock, or a product is
 * gone); nothing was reserved.
 */
public class StockUnavailableException extends RuntimeException {

	public StockUnavailableException(String message) {
		super(message);
	}

}
