package dev.shopfront.proto.events;

/**
 * The Kafka topics of the system, as the architecture spec names them.
 */
public final class Topics {

	public static final String PAYMENT_EVENTS = "payment-events";

	public static final String STOCK_EVENTS = "stock-events";

	public static final String BASKET_EVENTS = "basket-events";

	private Topics() {
	}

}
