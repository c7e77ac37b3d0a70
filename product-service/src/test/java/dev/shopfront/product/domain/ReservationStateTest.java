package dev.shopfront.product.domain;

import org.junit.jupiter.api.Test;

import dev.shopfront.product.domain.ReservationState.Settlement;
import dev.shopfront.product.domain.StockChange.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationStateTest {

	@Test
	void aDecreaseCommitsAHeldLineWithoutTakingUnitsAgain() {
		assertThat(ReservationState.HELD.settle(Direction.DECREASE)).isEqualTo(new Settlement(ReservationState.HELD,
				ReservationState.COMMITTED, false, StockChangeOutcome.SETTLED_BY_RESERVATION));
	}

	@Test
	void anIncreaseReleasesAHeldLineOrReturnsACommittedOneWithItsUnits() {
		assertThat(ReservationState.HELD.settle(Direction.INCREASE)).isEqualTo(new Settlement(ReservationState.HELD,
				ReservationState.RELEASED, true, StockChangeOutcome.RETURNED_TO_STOCK));
		assertThat(ReservationState.COMMITTED.settle(Direction.INCREASE)).isEqualTo(new Settlement(
				ReservationState.COMMITTED, ReservationState.RETURNED, true, StockChangeOutcome.RETURNED_TO_STOCK));
	}

	@Test
	void aSettledLineMovesNoMore() {
		for (ReservationState settled : new ReservationState[] { ReservationState.RELEASED,
				ReservationState.RETURNED }) {
			for (Direction direction : Direction.values()) {
				Settlement settlement = settled.settle(direction);
				assertThat(settlement.moves()).as("%s %s", settled, direction).isFalse();
				assertThat(settlement.unitsBack()).isFalse();
				assertThat(settlement.outcome()).isEqualTo(StockChangeOutcome.ALREADY_SETTLED);
			}
		}
		assertThat(ReservationState.COMMITTED.settle(Direction.DECREASE).moves()).isFalse();
		assertThat(ReservationState.HELD.holdsUnits()).isTrue();
		assertThat(ReservationState.COMMITTED.holdsUnits()).isFalse();
	}

	@Test
	void aChangeMustNameItsReservationAndStayInRange() {
		assertThatThrownBy(() -> new StockChange("e", 1, 1, Direction.INCREASE, "")).isInstanceOfSatisfying(
				StockChangeRejectedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(StockChangeRejectedException.Reason.UNKNOWN_RESERVATION));
		assertThatThrownBy(() -> new StockChange("e", 1, StockChange.MAX_QUANTITY + 1, Direction.INCREASE, "r"))
			.isInstanceOfSatisfying(StockChangeRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(StockChangeRejectedException.Reason.OUT_OF_RANGE));
		assertThatThrownBy(() -> new StockChange("e", 1, 3, Direction.INCREASE, "r").requireMatches(2))
			.isInstanceOfSatisfying(StockChangeRejectedException.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(StockChangeRejectedException.Reason.QUANTITY_MISMATCH));
	}

}
