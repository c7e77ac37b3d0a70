package dev.shopfront.payment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

/**
 * The outbox gauges the alert rules read: the backlog and the age of the oldest unsent
 * row, served on /metrics.
 */
class OutboxMetricsTest extends PaymentServiceIntegrationTest {

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theAgeIsThatOfTheOldestUnsentRow() {
		// Inside one transaction that is rolled back: the relay never sees the rows, so
		// it
		// cannot publish them while the gauge is read.
		this.transactions.executeWithoutResult((status) -> {
			insertUnsent(Instant.now().minus(Duration.ofMinutes(10)));
			insertUnsent(Instant.now().minus(Duration.ofMinutes(2)));
			double age = this.meters.get("outbox.oldest.unsent.age").gauge().value();
			assertThat(age).isBetween(600.0, 660.0);
			status.setRollbackOnly();
		});
	}

	@Test
	void bothGaugesAreServedForPrometheus() throws Exception {
		this.mvc.perform(get("/metrics"))
			.andExpect(content().string(containsString("outbox_oldest_unsent_age_seconds")))
			.andExpect(content().string(containsString("outbox_backlog")))
			.andExpect(content().string(containsString("payment_charges_total{")));
	}

	private void insertUnsent(Instant created) {
		this.jdbc.sql("""
				INSERT INTO outbox (aggregate_id, topic, message_key, event_id, event_type, payload, created_at)
				VALUES (:aggregate, 'payment-events', 'k', :eventId, 'payment.completed', '{}', :created)""")
			.param("aggregate", UUID.randomUUID().toString())
			.param("eventId", UUID.randomUUID().toString())
			.param("created", Timestamp.from(created))
			.update();
	}

}
