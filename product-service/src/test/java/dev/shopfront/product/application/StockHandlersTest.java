package dev.shopfront.product.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.product.application.command.ApplyStockChangeCommand;
import dev.shopfront.product.application.command.ApplyStockChangeHandler;
import dev.shopfront.product.application.command.ReleaseExpiredReservationsCommand;
import dev.shopfront.product.application.command.ReleaseExpiredReservationsHandler;
import dev.shopfront.product.application.command.ReleaseStockCommand;
import dev.shopfront.product.application.command.ReleaseStockHandler;
import dev.shopfront.product.application.command.ReserveStockCommand;
import dev.shopfront.product.application.command.ReserveStockHandler;
import dev.shopfront.product.domain.InsufficientStockException;
import dev.shopfront.product.domain.Reservation;
import dev.shopfront.product.domain.ReservationState;
import dev.shopfront.product.domain.StockChange;
import dev.shopfront.product.domain.StockChange.Direction;
import dev.shopfront.product.domain.StockChangeOutcome;
import dev.shopfront.product.domain.StockLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each stock command handler on its own, with the port as a plain object: no Spring, no
 * PostgreSQL, no Kafka.
 */
class StockHandlersTest {

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private final InMemoryStock stock = new InMemoryStock();

	private final ReserveStockHandler reserve = new ReserveStockHandler(this.stock);

	private static Reservation reservation(String id, StockLine... lines) {
		return new Reservation(id, List.of(lines));
	}

	@Test
	void reservesEveryLineOnceByReservationId() {
		this.stock.product(1, 5);
		this.stock.product(2, 5);

		assertThat(this.reserve
			.handle(new ReserveStockCommand(reservation("pay-1", new StockLine(1, 2), new StockLine(2, 1))))).isTrue();
		assertThat(this.reserve
			.handle(new ReserveStockCommand(reservation("pay-1", new StockLine(1, 2), new StockLine(2, 1))))).isFalse();
		assertThat(this.stock.unitsOf(1)).isEqualTo(3);
		assertThat(this.stock.unitsOf(2)).isEqualTo(4);
	}

	@Test
	void takesNothingWhenOneLineIsShort() {
		this.stock.product(1, 5);
		this.stock.product(2, 1);

		assertThatThrownBy(() -> this.reserve
			.handle(new ReserveStockCommand(reservation("pay-2", new StockLine(1, 2), new StockLine(2, 3)))))
			.isInstanceOf(InsufficientStockException.class);
		assertThat(this.stock.unitsOf(1)).isEqualTo(5);
	}

	@Test
	void aCompletedPaymentSettlesItsHeldLineAndARefundReturnsIt() {
		this.stock.product(1, 5);
		this.reserve.handle(new ReserveStockCommand(reservation("pay-3", new StockLine(1, 2))));
		ApplyStockChangeHandler apply = new ApplyStockChangeHandler(this.stock);

		assertThat(apply.handle(new ApplyStockChangeCommand(new StockChange("e-1", 1, 2, Direction.DECREASE, "pay-3"))))
			.isEqualTo(StockChangeOutcome.SETTLED_BY_RESERVATION);
		assertThat(this.stock.unitsOf(1)).isEqualTo(3);
		assertThat(apply.handle(new ApplyStockChangeCommand(new StockChange("e-1", 1, 2, Direction.DECREASE, "pay-3"))))
			.isEqualTo(StockChangeOutcome.DUPLICATE);
		assertThat(apply.handle(new ApplyStockChangeCommand(new StockChange("e-2", 1, 2, Direction.INCREASE, "pay-3"))))
			.isEqualTo(StockChangeOutcome.RETURNED_TO_STOCK);
		assertThat(this.stock.unitsOf(1)).isEqualTo(5);
		assertThat(this.stock.stateOf("pay-3", 1)).isEqualTo(ReservationState.RETURNED);
	}

	@Test
	void releasesOnlyReservationsOlderThanTheirTimeToLive() {
		this.stock.product(1, 5);
		this.stock.advanceTo(NOW.minus(Duration.ofMinutes(20)));
		this.reserve.handle(new ReserveStockCommand(reservation("old", new StockLine(1, 1))));
		this.stock.advanceTo(NOW.minus(Duration.ofMinutes(1)));
		this.reserve.handle(new ReserveStockCommand(reservation("fresh", new StockLine(1, 1))));
		ReleaseExpiredReservationsHandler expire = new ReleaseExpiredReservationsHandler(this.stock,
				Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));

		assertThat(expire.handle(new ReleaseExpiredReservationsCommand(10))).isEqualTo(1);
		assertThat(this.stock.stateOf("old", 1)).isEqualTo(ReservationState.RELEASED);
		assertThat(this.stock.stateOf("fresh", 1)).isEqualTo(ReservationState.HELD);
		assertThat(this.stock.unitsOf(1)).isEqualTo(4);
		assertThat(new ReleaseStockHandler(this.stock).handle(new ReleaseStockCommand("old"))).isFalse();
	}

}
