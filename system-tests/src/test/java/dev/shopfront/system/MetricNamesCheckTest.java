package dev.shopfront.system;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison MetricNamesTest makes, on a small exposition, without the system. */
class MetricNamesCheckTest {

	private static final String EXPOSITION = """
			# HELP outbox_backlog Outbox rows not yet published to Kafka
			# TYPE outbox_backlog gauge
			outbox_backlog{application="payment-service"} 0.0
			payment_charges_total{application="payment-service",outcome="approved"} 3.0
			http_server_requests_seconds_bucket{le="0.1",uri="/payments"} 2
			""";

	@Test
	void readsTheSampleNamesOfAnExposition() {
		assertThat(MetricNamesTest.served(EXPOSITION)).containsExactly("http_server_requests_seconds_bucket",
				"outbox_backlog", "payment_charges_total");
	}

	@Test
	void namesAMetricNoApplicationServesWithTheAlertsReadingIt() {
		Set<String> served = MetricNamesTest.served(EXPOSITION);
		Map<String, Set<String>> readBy = Map.of("outbox_backlog", Set.of("OutboxBacklogHigh"), "up",
				Set.of("ShopfrontAppDown"), "outbox_backlog_total", Set.of("Misspelt"));
		assertThat(MetricNamesTest.missing(readBy, served))
			.containsExactly("outbox_backlog_total (read by [Misspelt])");
	}

}
