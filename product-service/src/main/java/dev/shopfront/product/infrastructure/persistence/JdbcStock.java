package dev.shopfront.product.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.shopfront.product.domain.InsufficientStockException;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.ProductNotFoundException;
import dev.shopfront.product.domain.Reservation;
import dev.shopfront.product.domain.ReservationState;
import dev.shopfront.product.domain.ReservationState.Settlement;
import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.domain.StockChange;
import dev.shopfront.product.domain.StockChangeOutcome;
import dev.shopfront.product.domain.StockChangeRejectedException;
import dev.shopfront.product.domain.StockLine;

/**
 * Stock in PostgreSQL. Every decrement is a conditional update
 * ({@code stock_quantity >= n}), so concurrent callers can never take stock below zero;
 * reservation lines and processed event ids are written in the same transaction as the
 * stock they move.
 */
public class JdbcStock implements Stock {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public JdbcStock(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public boolean reserve(Reservation reservation) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> reserveOnce(reservation)));
		}
		catch (DuplicateKeyException concurrentDuplicate) {
			// The same reservation id won a race against this call: that one took the
			// units.
			return false;
		}
	}

	private boolean reserveOnce(Reservation reservation) {
		boolean known = this.jdbc.sql("SELECT count(*) FROM stock_reservations WHERE reservation_id = :id")
			.param("id", reservation.id())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		List<ProductId> shortOf = new ArrayList<>();
		for (StockLine line : reservation.lines()) {
			if (!take(line.productId(), line.quantity())) {
				shortOf.add(line.productId());
			}
		}
		if (!shortOf.isEmpty()) {
			throw new InsufficientStockException(shortOf);
		}
		for (StockLine line : reservation.lines()) {
			this.jdbc.sql("""
					INSERT INTO stock_reservations (reservation_id, product_id, quantity, state)
					VALUES (:id, :product, :quantity, :held)""")
				.param("held", ReservationState.HELD.name())
				.param("id", reservation.id())
				.param("product", line.productId().value())
				.param("quantity", line.quantity())
				.update();
		}
		return true;
	}

	@Override
	public boolean release(String reservationId) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			List<StockLine> released = this.jdbc.sql("""
					UPDATE stock_reservations SET state = :released, updated_at = now()
					WHERE reservation_id = :id AND state = :held
					RETURNING product_id, quantity""")
				.param("released", ReservationState.RELEASED.name())
				.param("held", ReservationState.HELD.name())
				.param("id", reservationId)
				.query((row, number) -> new StockLine(row.getLong("product_id"), row.getInt("quantity")))
				.list();
			released.forEach((line) -> give(line.productId(), line.quantity()));
			return !released.isEmpty();
		}));
	}

	@Override
	public StockChangeOutcome apply(StockChange change) {
		return this.transactions.execute((status) -> {
			int recorded = this.jdbc
				.sql("""
						INSERT INTO processed_events (event_id, event_type, outcome) VALUES (:id, 'stock.updated', 'PENDING')
						ON CONFLICT (event_id) DO NOTHING""")
				.param("id", change.eventId())
				.update();
			if (recorded == 0) {
				return StockChangeOutcome.DUPLICATE;
			}
			ReservationLine line = this.jdbc.sql("""
					SELECT state, quantity FROM stock_reservations
					WHERE reservation_id = :id AND product_id = :product FOR UPDATE""")
				.param("id", change.reservationId())
				.param("product", change.productId().value())
				.query((row, number) -> new ReservationLine(ReservationState.valueOf(row.getString("state")),
						row.getInt("quantity")))
				.optional()
				.orElseThrow(() -> new StockChangeRejectedException(
						StockChangeRejectedException.Reason.UNKNOWN_RESERVATION,
						"no reservation %s of product %s".formatted(change.reservationId(), change.productId())));
			change.requireMatches(line.quantity());
			Settlement settlement = line.state().settle(change.direction());
			if (settlement.moves()) {
				move(change.reservationId(), change.productId(), settlement.from(), settlement.to());
				if (settlement.unitsBack()) {
					give(change.productId(), line.quantity());
				}
			}
			this.jdbc.sql("UPDATE processed_events SET outcome = :outcome WHERE event_id = :id")
				.param("outcome", settlement.outcome().name())
				.param("id", change.eventId())
				.update();
			return settlement.outcome();
		});
	}

	@Override
	public List<String> heldBefore(Instant cutoff, int limit) {
		return this.jdbc.sql("""
				SELECT reservation_id FROM stock_reservations WHERE state = :held AND created_at < :cutoff
				GROUP BY reservation_id ORDER BY min(created_at) LIMIT :limit""")
			.param("held", ReservationState.HELD.name())
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	// The line was read under a row lock, so the conditional update cannot miss.
	private void move(String reservationId, ProductId productId, ReservationState from, ReservationState to) {
		this.jdbc.sql("""
				UPDATE stock_reservations SET state = :to, updated_at = now()
				WHERE reservation_id = :id AND product_id = :product AND state = :from""")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", reservationId)
			.param("product", productId.value())
			.update();
	}

	/** Takes units if there are enough; false when there are not. */
	private boolean take(ProductId productId, int quantity) {
		int updated = this.jdbc
			.sql("""
					UPDATE products SET stock_quantity = stock_quantity - :quantity, version = version + 1, updated_at = now()
					WHERE id = :id AND stock_quantity >= :quantity""")
			.param("quantity", quantity)
			.param("id", productId.value())
			.update();
		if (updated == 0) {
			requireProduct(productId);
		}
		return updated == 1;
	}

	private void give(ProductId productId, int quantity) {
		int updated = this.jdbc
			.sql("""
					UPDATE products SET stock_quantity = stock_quantity + :quantity, version = version + 1, updated_at = now()
					WHERE id = :id""")
			.param("quantity", quantity)
			.param("id", productId.value())
			.update();
		if (updated == 0) {
			throw new ProductNotFoundException(productId);
		}
	}

	private void requireProduct(ProductId productId) {
		boolean exists = this.jdbc.sql("SELECT count(*) FROM products WHERE id = :id")
			.param("id", productId.value())
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new ProductNotFoundException(productId);
		}
	}

	private record ReservationLine(ReservationState state, int quantity) {

	}

}
