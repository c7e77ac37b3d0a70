package dev.shopfront.payment.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.shopfront.payment.domain.ConcurrentPaymentChangeException;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.IdempotencyKeyTakenException;
import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.payment.domain.Payments;
import dev.shopfront.payment.domain.UserId;
import dev.shopfront.payment.infrastructure.messaging.JdbcOutbox;
import dev.shopfront.payment.infrastructure.messaging.PaymentEventMessages;

/**
 * Payments in MariaDB. A payment, its items, its idempotency key and the outbox rows of
 * its events are written in one transaction; updates are guarded by the version column.
 */
public class JdbcPayments implements Payments {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final PaymentRows rows;

	private final JdbcOutbox outbox;

	private final PaymentEventMessages messages;

	public JdbcPayments(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, JdbcOutbox outbox,
			PaymentEventMessages messages) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rows = new PaymentRows(jdbc, json);
		this.outbox = outbox;
		this.messages = messages;
	}

	@Override
	public void add(Payment payment, IdempotencyKey key, Instant keyExpiresAt) {
		Payment.Snapshot p = payment.snapshot();
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc
					.sql("""
							INSERT INTO payments (id, user_id, basket_id, amount, currency, status, method, provider,
							    provider_id, description, metadata, failure_reason, version, created_at, updated_at,
							    processed_at, expires_at)
							VALUES (:id, :user, :basket, :amount, :currency, :status, :method, :provider, :providerId,
							    :description, :metadata, :failureReason, 0, :createdAt, :updatedAt, :processedAt, :expiresAt)""")
					.params(columns(p))
					.update();
				for (PaymentItem item : p.items()) {
					this.jdbc
						.sql("""
								INSERT INTO payment_items (payment_id, product_id, name, quantity, price, subtotal, category)
								VALUES (:payment, :product, :name, :quantity, :price, :subtotal, :category)""")
						.param("payment", p.id())
						.param("product", item.productId().value())
						.param("name", item.name())
						.param("quantity", item.quantity())
						.param("price", item.price())
						.param("subtotal", item.subtotal())
						.param("category", item.category())
						.update();
				}
				if (key.isPresent()) {
					// The key is as old as the payment it names.
					Timestamp now = Timestamp.from(p.createdAt());
					// An expired key not yet forgotten must not block its reuse.
					this.jdbc.sql("""
							DELETE FROM idempotency_keys
							WHERE user_id = :user AND idempotency_key = :key AND expires_at <= :now""")
						.param("user", p.userId())
						.param("key", key.key())
						.param("now", now)
						.update();
					this.jdbc
						.sql("""
								INSERT INTO idempotency_keys (user_id, idempotency_key, request_hash, payment_id, created_at,
								    expires_at)
								VALUES (:user, :key, :hash, :payment, :now, :expiresAt)""")
						.param("user", p.userId())
						.param("key", key.key())
						.param("hash", key.requestHash())
						.param("payment", p.id())
						.param("now", now)
						.param("expiresAt", Timestamp.from(keyExpiresAt))
						.update();
				}
				appendEvents(payment);
			});
		}
		catch (DuplicateKeyException ex) {
			if (key.isPresent()) {
				throw new IdempotencyKeyTakenException(key.key());
			}
			throw ex;
		}
	}

	@Override
	public Optional<Payment> find(String id) {
		return this.rows.query("WHERE id = :id", Map.of("id", id)).stream().findFirst().map(Payment::restore);
	}

	@Override
	public void update(Payment payment) {
		Payment.Snapshot p = payment.snapshot();
		this.transactions.executeWithoutResult((status) -> {
			int updated = this.jdbc.sql("""
					UPDATE payments SET status = :status, provider_id = :providerId, failure_reason = :failureReason,
					    updated_at = :updatedAt, processed_at = :processedAt, version = version + 1
					WHERE id = :id AND version = :version""").params(columns(p)).param("version", p.version()).update();
			if (updated == 0) {
				throw new ConcurrentPaymentChangeException(
						"payment %s was changed by another request; read it again".formatted(p.id()));
			}
			appendEvents(payment);
		});
		payment.stored(p.version() + 1);
	}

	@Override
	public List<String> expiredPendingIds(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM payments WHERE status = 'pending' AND expires_at <= :now
				ORDER BY expires_at LIMIT :limit""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	@Override
	public Optional<IdempotencyKey.Use> findKey(UserId userId, String key, Instant now) {
		return this.jdbc.sql("""
				SELECT payment_id, request_hash FROM idempotency_keys
				WHERE user_id = :user AND idempotency_key = :key AND expires_at > :now""")
			.param("user", userId.value())
			.param("key", key)
			.param("now", Timestamp.from(now))
			.query((row, number) -> new IdempotencyKey.Use(row.getString("payment_id"), row.getString("request_hash")))
			.optional();
	}

	@Override
	public int forgetExpiredKeys(Instant now, int limit) {
		return this.jdbc.sql("DELETE FROM idempotency_keys WHERE expires_at <= :now ORDER BY expires_at LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.update();
	}

	private void appendEvents(Payment payment) {
		payment.events().forEach((event) -> this.outbox.append(this.messages.messagesOf(event)));
	}

	private Map<String, Object> columns(Payment.Snapshot p) {
		java.util.HashMap<String, Object> columns = new java.util.HashMap<>();
		columns.put("id", p.id());
		columns.put("user", p.userId());
		columns.put("basket", p.basketId());
		columns.put("amount", p.amount());
		columns.put("currency", p.currency());
		columns.put("status", p.status().value());
		columns.put("method", p.method());
		columns.put("provider", p.provider());
		columns.put("providerId", p.providerId());
		columns.put("description", p.description());
		columns.put("metadata", this.rows.metadataJson(p.metadata()));
		columns.put("failureReason", p.failureReason());
		columns.put("createdAt", timestamp(p.createdAt()));
		columns.put("updatedAt", timestamp(p.updatedAt()));
		columns.put("processedAt", timestamp(p.processedAt()));
		columns.put("expiresAt", timestamp(p.expiresAt()));
		return columns;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
