package dev.shopfront.product.domain;

/**
 * What applying a {@link StockChange} did.
 */
public enum StockChangeOutcome {

	/**
	 * The units were already taken by the reservation; the reservation is now committed.
	 */
	SETTLED_BY_RESERVATION,

	/** The reservation's units went back to stock (released or refunded). */
	RETURNED_TO_STOCK,

	/** The reservation had already been settled this way: nothing moved. */
	ALREADY_SETTLED,

	/** The event had been processed before: nothing moved. */
	DUPLICATE

}
