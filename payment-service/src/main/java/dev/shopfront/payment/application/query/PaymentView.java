package dev.shopfront.payment.application.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.shopfront.payment.domain.Payment;

/**
 * A payment as callers read it.
 */
public record PaymentView(String id, String userId, String basketId, BigDecimal amount, String currency, String status,
		String method, String provider, String providerId, String description, Map<String, String> metadata,
		String failureReason, List<Item> items, Instant createdAt, Instant updatedAt, Instant processedAt,
		Instant expiresAt) {

	public static PaymentView of(Payment.Snapshot payment) {
		return new PaymentView(payment.id(), payment.userId(), payment.basketId(), payment.amount(), payment.currency(),
				payment.status().value(), payment.method(), payment.provider(), payment.providerId(),
				payment.description(), payment.metadata(), payment.failureReason(),
				payment.items()
					.stream()
					.map((item) -> new Item(item.productId().value(), item.name(), item.quantity(), item.price(),
							item.subtotal(), item.category()))
					.toList(),
				payment.createdAt(), payment.updatedAt(), payment.processedAt(), payment.expiresAt());
	}

	/** A line of the payment. */
	public record Item(long productId, String name, int quantity, BigDecimal price, BigDecimal subtotal,
			String category) {

	}

}
