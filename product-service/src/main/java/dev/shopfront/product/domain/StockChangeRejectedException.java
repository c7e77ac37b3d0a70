package dev.shopfront.product.domain;

/**
 * A stock change that cannot be genuine: it settles no reservation this service knows, or
 * not with the reservation's quantity. Nothing moves; the event is set aside.
 */
public class StockChangeRejectedException extends RuntimeException {

	private final Reason reason;

	public StockChangeRejectedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why a change was rejected. */
	public enum Reason {

		/** The change names no reservation, or one this service never took. */
		UNKNOWN_RESERVATION,

		/** The change's quantity is not the reservation line's. */
		QUANTITY_MISMATCH,

		/** The quantity is beyond any checkout. */
		OUT_OF_RANGE

	}

}
