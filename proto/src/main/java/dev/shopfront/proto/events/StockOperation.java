package dev.shopfront.proto.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which way a stock.updated event moves the stock: the words of its {@code operation}
 * field, spelled here only, for the payment service that writes them and the product
 * service that reads them.
 */
public enum StockOperation {

	/** Units leave the stock (a completed payment settles its reservation). */
	DECREASE("decrease"),

	/** Units come back (a released reservation, a refund). */
	INCREASE("increase");

	private final String value;

	StockOperation(String value) {
		this.value = value;
	}

	/** The word on the wire. */
	public String value() {
		return this.value;
	}

	/** The operation a word names, or empty for any other word. */
	public static Optional<StockOperation> parse(String value) {
		return Arrays.stream(values()).filter((operation) -> operation.value.equals(value)).findFirst();
	}

}
