package dev.shopfront.payment.infrastructure.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.payment.application.query.PaymentPage;
import dev.shopfront.payment.application.query.PaymentQueries;
import dev.shopfront.payment.application.query.PaymentView;
import dev.shopfront.payment.domain.PaymentStatus;
import dev.shopfront.payment.domain.UserId;

/**
 * Payment reads straight from MariaDB, newest first.
 */
public class JdbcPaymentQueries implements PaymentQueries {

	private final JdbcClient jdbc;

	private final PaymentRows rows;

	public JdbcPaymentQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.rows = new PaymentRows(jdbc, json);
	}

	@Override
	public Optional<PaymentView> byId(String id) {
		return this.rows.query("WHERE id = :id", Map.of("id", id)).stream().findFirst().map(PaymentView::of);
	}

	@Override
	public PaymentPage page(PaymentStatus status, int page, int size) {
		return (status != null) ? page("WHERE status = :value", status.value(), page, size)
				: page("", null, page, size);
	}

	@Override
	public PaymentPage ofUser(UserId userId, int page, int size) {
		return page("WHERE user_id = :value", userId.value(), page, size);
	}

	private PaymentPage page(String where, String value, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		if (value != null) {
			params.put("value", value);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM payments " + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<PaymentView> items = this.rows
			.query(where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset", params)
			.stream()
			.map(PaymentView::of)
			.toList();
		return new PaymentPage(items, page, size, total);
	}

}
