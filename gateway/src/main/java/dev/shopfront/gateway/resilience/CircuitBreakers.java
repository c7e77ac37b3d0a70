package dev.shopfront.gateway.resilience;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;

import dev.shopfront.gateway.GatewayProperties;
import dev.shopfront.gateway.web.BodyTooLargeException;

/**
 * Gives every route's breaker the settings of {@code CIRCUIT_BREAKER_*}. A breaker counts
 * only calls that got no answer (connect failures, timeouts): the routes declare no
 * {@code statusCodes}, so a backend's own 5xx is passed to the client as it is and counts
 * as a call that was answered. Counting it would let any client open the breaker for
 * everyone with a handful of requests that make a backend fail (a 500 from hostile
 * input), and would report a bug as an outage; a backend that is really down stops
 * answering, and that is what the breaker sees. Switched off, a breaker never opens (the
 * routes keep their filter, so nothing else changes).
 */
public final class CircuitBreakers {

	private CircuitBreakers() {
	}

	public static Customizer<ReactiveResilience4JCircuitBreakerFactory> configuredBy(
			GatewayProperties.CircuitBreaker settings) {
		CircuitBreakerConfig breaker = breakerConfig(settings);
		// no time limiter (disable-time-limiter in application.yml): the route's
		// response-timeout (application.yml) bounds each call
		return (factory) -> factory
			.configureDefault((id) -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(breaker).build());
	}

	static CircuitBreakerConfig breakerConfig(GatewayProperties.CircuitBreaker settings) {
		if (!settings.isEnabled()) {
			// A one-second window that can never collect enough calls to judge: the
			// breaker stays closed. A count window this large would allocate an array
			// of that size.
			return CircuitBreakerConfig.custom()
				.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
				.slidingWindowSize(1)
				.minimumNumberOfCalls(Integer.MAX_VALUE)
				.failureRateThreshold(100)
				.build();
		}
		return CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
			.slidingWindowSize((int) Math.max(1, settings.getInterval().toSeconds()))
			.minimumNumberOfCalls(settings.getMinimumCalls())
			.failureRateThreshold(settings.getFailureRateThreshold())
			.waitDurationInOpenState(settings.getTimeout())
			.permittedNumberOfCallsInHalfOpenState(settings.getMaxRequests())
			// the client's fault, not the backend's
			.ignoreExceptions(BodyTooLargeException.class)
			.build();
	}

}
