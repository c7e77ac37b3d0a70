package dev.shopfront.gateway;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code REQUEST_METRICS_ENABLED=false} (bench/gateway) takes away the request timers,
 * not the gateway's server span: the caller's trace still reaches the service, through a
 * span of the gateway. Switching the {@code http.server.requests} observation off, as the
 * switch once did, also dropped that span, and the service started a trace of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestMetricsSwitchTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String CALLER_SPAN = "00f067aa0ba902b7";

	static final StubBackend basket = new StubBackend("basket");

	@Autowired
	private Environment environment;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("BASKET_SERVICE_URLS", basket::url);
		registry.add("LOAD_BALANCER_HEALTH_INTERVAL", () -> "1s");
		registry.add("REQUEST_METRICS_ENABLED", () -> "false");
	}

	@Test
	void withoutRequestMetricsNoRequestTimerIsKeptButTheTraceGoesOn() {
		WebTestClient client = GatewayTestSupport.client(this.environment);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> client.get()
				.uri("/api/baskets/u1")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.is2xxSuccessful());

		client.get()
			.uri("/api/baskets/u2")
			.header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(basket.traceParents).last()
			.asString()
			.as("the service continues the caller's trace, as a child of the gateway's span")
			.startsWith("00-" + TRACE_ID + "-")
			.doesNotContain(CALLER_SPAN);
		assertThat(this.meters.find(GatewayConfiguration.SERVER_REQUESTS).meters()).isEmpty();
		assertThat(this.meters.find("spring.cloud.gateway.requests").meters()).isEmpty();
	}

}
