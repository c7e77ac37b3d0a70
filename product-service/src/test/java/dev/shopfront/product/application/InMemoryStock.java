package dev.shopfront.product.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.shopfront.product.domain.InsufficientStockException;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.Reservation;
import dev.shopfront.product.domain.ReservationState;
import dev.shopfront.product.domain.ReservationState.Settlement;
import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.domain.StockChange;
import dev.shopfront.product.domain.StockChangeOutcome;
import dev.shopfront.product.domain.StockChangeRejectedException;
import dev.shopfront.product.domain.StockLine;

/**
 * Stock and reservation lines in maps, for handler tests, with the contract of the
 * PostgreSQL adapter: a reservation takes every line or none and is idempotent by id; a
 * stock change is applied once per event id, moving its line as {@link ReservationState}
 * decides.
 */
class InMemoryStock implements Stock {

	private final Map<ProductId, Integer> units = new HashMap<>();

	private final Map<String, Map<ProductId, Line>> reservations = new LinkedHashMap<>();

	private final Set<String> processedEvents = new HashSet<>();

	private Instant now = Instant.parse("2026-01-01T10:00:00Z");

	private record Line(ReservationState state, int quantity, Instant heldAt) {
	}

	void product(long id, int stock) {
		this.units.put(new ProductId(id), stock);
	}

	int unitsOf(long id) {
		return this.units.get(new ProductId(id));
	}

	void advanceTo(Instant instant) {
		this.now = instant;
	}

	ReservationState stateOf(String reservationId, long productId) {
		return this.reservations.get(reservationId).get(new ProductId(productId)).state();
	}

	@Override
	public boolean reserve(Reservation reservation) {
		if (this.reservations.containsKey(reservation.id())) {
			return false;
		}
		List<ProductId> missing = new ArrayList<>();
		for (StockLine line : reservation.lines()) {
			if (this.units.getOrDefault(line.productId(), 0) < line.quantity()) {
				missing.add(line.productId());
			}
		}
		if (!missing.isEmpty()) {
			throw new InsufficientStockException(missing);
		}
		Map<ProductId, Line> lines = new LinkedHashMap<>();
		for (StockLine line : reservation.lines()) {
			this.units.merge(line.productId(), -line.quantity(), Integer::sum);
			lines.put(line.productId(), new Line(ReservationState.HELD, line.quantity(), this.now));
		}
		this.reservations.put(reservation.id(), lines);
		return true;
	}

	@Override
	public boolean release(String reservationId) {
		Map<ProductId, Line> lines = this.reservations.getOrDefault(reservationId, Map.of());
		boolean released = false;
		for (Map.Entry<ProductId, Line> entry : lines.entrySet()) {
			Line line = entry.getValue();
			if (line.state().holdsUnits()) {
				this.units.merge(entry.getKey(), line.quantity(), Integer::sum);
				entry.setValue(new Line(ReservationState.RELEASED, line.quantity(), line.heldAt()));
				released = true;
			}
		}
		return released;
	}

	@Override
	public StockChangeOutcome apply(StockChange change) {
		if (!this.processedEvents.add(change.eventId())) {
			return StockChangeOutcome.DUPLICATE;
		}
		Line line = this.reservations.getOrDefault(change.reservationId(), Map.of()).get(change.productId());
		if (line == null) {
			throw new StockChangeRejectedException(StockChangeRejectedException.Reason.UNKNOWN_RESERVATION,
					"no reservation %s of product %s".formatted(change.reservationId(), change.productId()));
		}
		change.requireMatches(line.quantity());
		Settlement settlement = line.state().settle(change.direction());
		if (settlement.moves()) {
			this.reservations.get(change.reservationId())
				.put(change.productId(), new Line(settlement.to(), line.quantity(), line.heldAt()));
			if (settlement.unitsBack()) {
				this.units.merge(change.productId(), line.quantity(), Integer::sum);
			}
		}
		return settlement.outcome();
	}

	@Override
	public List<String> heldBefore(Instant cutoff, int limit) {
		return this.reservations.entrySet()
			.stream()
			.filter((entry) -> entry.getValue()
				.values()
				.stream()
				.anyMatch((line) -> line.state().holdsUnits() && line.heldAt().isBefore(cutoff)))
			.map(Map.Entry::getKey)
			.limit(limit)
			.toList();
	}

}
