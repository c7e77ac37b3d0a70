package dev.shopfront.product.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Units to take from stock for one checkout, all or none. The id is the payment id, so
 * retrying the same reservation cannot take units twice. Lines of the same product are
 * merged, and lines are ordered by product id so concurrent reservations lock rows in the
 * same order.
 */
public record Reservation(String id, List<StockLine> lines) {

	public static final int MAX_ID_LENGTH = 64;

	public Reservation {
		if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
			throw new InvalidProductException(
					"reservation_id is required (1 to %d characters)".formatted(MAX_ID_LENGTH));
		}
		if (lines == null || lines.isEmpty()) {
			throw new InvalidProductException("a reservation needs at least one line");
		}
		Map<ProductId, Integer> merged = new TreeMap<>();
		lines.forEach((line) -> merged.merge(line.productId(), line.quantity(), Math::addExact));
		lines = merged.entrySet().stream().map((entry) -> new StockLine(entry.getKey(), entry.getValue())).toList();
	}

}
