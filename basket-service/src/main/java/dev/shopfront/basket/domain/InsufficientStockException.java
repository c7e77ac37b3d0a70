package dev.shopfront.basket.domain;

/**
 * The catalogue has fewer units than the basket line would hold.
 */
public class InsufficientStockException extends RuntimeException {

	public InsufficientStockException(String message) {
		super(message);
	}

}
