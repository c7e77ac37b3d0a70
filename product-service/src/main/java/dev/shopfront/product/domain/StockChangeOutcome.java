package dev.shopfront.product.domain;

/**
 * What applying a {@link StockChange} did.
 */
public enum StockChangeOutcome {

	/** Stock moved by the quantity. */
	APPLIED,

	/** A decrease larger than the stock: nothing moved, stock never goes negative. */
	REFUSED_INSUFFICIENT_STOCK,

	/**
	 * The units were already taken by the reservation; the reservation is now committed.
	 */
	SETTLED_BY_RESERVATION,

	/** The reservation had already been settled this way: nothing moved. */
	ALREADY_SETTLED,

	/** The event had been processed before: nothing moved. */
	DUPLICATE

}
