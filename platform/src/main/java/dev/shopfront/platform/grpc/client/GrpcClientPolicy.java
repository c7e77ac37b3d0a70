package dev.shopfront.platform.grpc.client;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one service calls another over gRPC: the deadline of every call, retries with
 * exponential backoff for safe (read) calls, and the circuit breaker that makes calls
 * fail fast while the peer is down. Bound from {@code shopfront.grpc.clients.<name>.*} in
 * application.yml.
 *
 * @param deadline the longest a single call may take
 * @param maxAttempts attempts of a safe call, the first included
 * @param initialBackoff wait before the first retry, doubled for each later one
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slidingWindowSize number of recent calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the failure rate is judged
 * @param waitInOpenState how long the breaker stays open before letting trial calls
 * through
 * @param permittedCallsInHalfOpenState trial calls that decide whether the breaker closes
 * again
 */
public record GrpcClientPolicy(@DefaultValue("2s") Duration deadline, @DefaultValue("3") int maxAttempts,
		@DefaultValue("100ms") Duration initialBackoff, @DefaultValue("50") float failureRateThreshold,
		@DefaultValue("10") int slidingWindowSize, @DefaultValue("5") int minimumNumberOfCalls,
		@DefaultValue("10s") Duration waitInOpenState, @DefaultValue("2") int permittedCallsInHalfOpenState) {

	public GrpcClientPolicy {
		if (deadline == null || deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("deadline must be positive");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1");
		}
	}

	public static GrpcClientPolicy defaults() {
		return new GrpcClientPolicy(Duration.ofSeconds(2), 3, Duration.ofMillis(100), 50f, 10, 5,
				Duration.ofSeconds(10), 2);
	}

}
