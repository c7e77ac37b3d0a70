package dev.shopfront.gateway.resilience;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import dev.shopfront.gateway.GatewayProperties;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakersTest {

	@Test
	void anEnabledBreakerOpensOnFailures() {
		CircuitBreaker breaker = breaker(true);

		failTimes(breaker, 10);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void aDisabledBreakerStaysClosedWhateverFails() {
		CircuitBreaker breaker = breaker(false);

		failTimes(breaker, 10_000);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.tryAcquirePermission()).isTrue();
	}

	private static CircuitBreaker breaker(boolean enabled) {
		GatewayProperties.CircuitBreaker settings = new GatewayProperties.CircuitBreaker();
		settings.setEnabled(enabled);
		return CircuitBreaker.of("product-service", CircuitBreakers.breakerConfig(settings));
	}

	private static void failTimes(CircuitBreaker breaker, int times) {
		for (int i = 0; i < times; i++) {
			if (breaker.tryAcquirePermission()) {
				breaker.onError(1, TimeUnit.MILLISECONDS, new IOException("connection refused"));
			}
		}
	}

}
