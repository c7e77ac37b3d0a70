package dev.shopfront.product.domain;

/**
 * Where one line of a stock reservation stands. A line is HELD from the checkout until
 * its payment settles it: COMMITTED when the payment completes, RELEASED when the payment
 * fails, is cancelled or expires (or the reservation outlives its time to live), and
 * RETURNED from COMMITTED when the payment is refunded. The store only applies these
 * moves, each as a conditional update from the state named here.
 */
public enum ReservationState {

	HELD, COMMITTED, RELEASED, RETURNED;

	/** Whether units of stock are still set aside for the line. */
	public boolean holdsUnits() {
		return this == HELD;
	}

	/**
	 * What an announced stock change (stock.updated of this line's reservation) does to a
	 * line in this state: a decrease settles a held line (its units were taken at
	 * reservation); an increase releases a held line or returns a committed one, giving
	 * its units back; anything else was settled before and changes nothing.
	 */
	public Settlement settle(StockChange.Direction direction) {
		return switch (direction) {
			case DECREASE ->
				(this == HELD) ? new Settlement(this, COMMITTED, false, StockChangeOutcome.SETTLED_BY_RESERVATION)
						: Settlement.none(this);
			case INCREASE -> switch (this) {
				case HELD -> new Settlement(this, RELEASED, true, StockChangeOutcome.RETURNED_TO_STOCK);
				case COMMITTED -> new Settlement(this, RETURNED, true, StockChangeOutcome.RETURNED_TO_STOCK);
				default -> Settlement.none(this);
			};
		};
	}

	/**
	 * A move of a reservation line.
	 *
	 * @param from the state the line must be in
	 * @param to the state it moves to
	 * @param unitsBack whether the line's units go back to stock
	 * @param outcome what the move means for the announced change
	 */
	public record Settlement(ReservationState from, ReservationState to, boolean unitsBack,
			StockChangeOutcome outcome) {

		static Settlement none(ReservationState state) {
			return new Settlement(state, state, false, StockChangeOutcome.ALREADY_SETTLED);
		}

		public boolean moves() {
			return this.from != this.to;
		}

	}

}
