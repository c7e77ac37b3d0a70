package dev.shopfront.payment.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.payment.domain.PaymentStatus;
import dev.shopfront.payment.domain.ProductId;

/**
 * Reads payments and their items from MariaDB.
 */
class PaymentRows {

	static final String COLUMNS = "id, user_id, basket_id, amount, currency, status, method, provider, provider_id, "
			+ "description, metadata, failure_reason, version, created_at, updated_at, processed_at, expires_at";

	private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PaymentRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Payment.Snapshot> query(String whereOrderLimit, Map<String, ?> params) {
		List<Payment.Snapshot> headers = this.jdbc.sql("SELECT " + COLUMNS + " FROM payments " + whereOrderLimit)
			.params(params)
			.query(this::header)
			.list();
		return headers.stream().map(this::withItems).toList();
	}

	String metadataJson(Map<String, String> metadata) {
		return this.json.writeValueAsString(metadata);
	}

	private Payment.Snapshot withItems(Payment.Snapshot header) {
		List<PaymentItem> items = this.jdbc.sql(
				"SELECT product_id, name, quantity, price, category FROM payment_items WHERE payment_id = :id ORDER BY product_id")
			.param("id", header.id())
			.query((row, number) -> new PaymentItem(new ProductId(row.getLong("product_id")), row.getString("name"),
					row.getInt("quantity"), row.getBigDecimal("price"), row.getString("category")))
			.list();
		return new Payment.Snapshot(header.id(), header.userId(), header.basketId(), header.amount(), header.currency(),
				header.status(), header.method(), header.provider(), header.providerId(), header.description(),
				header.metadata(), header.failureReason(), items, header.createdAt(), header.updatedAt(),
				header.processedAt(), header.expiresAt(), header.version());
	}

	private Payment.Snapshot header(ResultSet row, int number) throws SQLException {
		String metadata = row.getString("metadata");
		return new Payment.Snapshot(row.getString("id"), row.getString("user_id"), row.getString("basket_id"),
				row.getBigDecimal("amount"), row.getString("currency"), PaymentStatus.parse(row.getString("status")),
				row.getString("method"), row.getString("provider"), row.getString("provider_id"),
				row.getString("description"), (metadata != null) ? this.json.readValue(metadata, METADATA) : Map.of(),
				row.getString("failure_reason"), List.of(), instant(row, "created_at"), instant(row, "updated_at"),
				instant(row, "processed_at"), instant(row, "expires_at"), row.getLong("version"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
