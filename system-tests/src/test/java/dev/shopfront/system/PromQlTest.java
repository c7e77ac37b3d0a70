package dev.shopfront.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name extraction MetricNamesTest relies on, without the system. */
class PromQlTest {

	@Test
	void findsTheMetricsOfARatioAndSkipsFunctionsLabelsRangesAndGroupings() {
		String expression = """
				sum by (route_id, job) (rate(spring_cloud_gateway_requests_seconds_count{outcome="SERVER_ERROR", routeId=~"a}b"}[5m]))
				  / ignoring (outcome) group_left
				sum without (instance) (rate(spring_cloud_gateway_requests_seconds_count[5m] offset 1h)) > 0.05
				and on (job) up == bool 1e3 unless absent(payment_charges_total)
				""";
		assertThat(PromQl.metricNames(expression)).containsExactly("payment_charges_total",
				"spring_cloud_gateway_requests_seconds_count", "up");
	}

	@Test
	void findsAMetricInsideHistogramQuantile() {
		assertThat(PromQl.metricNames(
				"histogram_quantile(0.99, sum by (le, routeId) (rate(spring_cloud_gateway_requests_seconds_bucket[5m]))) > 2"))
			.containsExactly("spring_cloud_gateway_requests_seconds_bucket");
	}

}
