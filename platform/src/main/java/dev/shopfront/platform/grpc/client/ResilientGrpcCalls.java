package dev.shopfront.platform.grpc.client;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * Runs the calls to one gRPC peer under its {@link GrpcClientPolicy}. Only transport
 * trouble (UNAVAILABLE, DEADLINE_EXCEEDED, ...) counts against the breaker; a business
 * answer such as NOT_FOUND or FAILED_PRECONDITION passes through untouched for the caller
 * to translate.
 */
public class ResilientGrpcCalls {

	private static final Set<Status.Code> TRANSIENT = EnumSet.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
			Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED);

	private static final Set<Status.Code> PEER_FAILURE = EnumSet.of(Status.Code.UNAVAILABLE,
			Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED, Status.Code.INTERNAL,
			Status.Code.UNKNOWN, Status.Code.UNIMPLEMENTED);

	private final String peer;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	public ResilientGrpcCalls(String peer, GrpcClientPolicy policy, CircuitBreakerRegistry breakers,
			RetryRegistry retries) {
		this.peer = peer;
		this.circuitBreaker = breakers.circuitBreaker(peer,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(policy.failureRateThreshold())
					.slidingWindowSize(policy.slidingWindowSize())
					.minimumNumberOfCalls(policy.minimumNumberOfCalls())
					.waitDurationInOpenState(policy.waitInOpenState())
					.permittedNumberOfCallsInHalfOpenState(policy.permittedCallsInHalfOpenState())
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.recordException(ResilientGrpcCalls::isPeerFailure)
					.build());
		this.retry = retries.retry(peer,
				RetryConfig.custom()
					.maxAttempts(policy.maxAttempts())
					.intervalFunction(IntervalFunction.ofExponentialBackoff(policy.initialBackoff(), 2.0))
					.retryOnException(ResilientGrpcCalls::isTransient)
					.build());
	}

	/**
	 * A call that is safe to repeat: a read, or a change keyed so that a repeat changes
	 * nothing more (a stock reservation by its id). Retried with backoff on transient
	 * failures, behind the breaker.
	 */
	public <T> T idempotent(Supplier<T> call) {
		return run(Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, call)));
	}

	/**
	 * A change without a key: made at most once from here, never retried (a repeat after
	 * a lost answer could apply it twice), behind the breaker.
	 */
	public <T> T once(Supplier<T> call) {
		return run(CircuitBreaker.decorateSupplier(this.circuitBreaker, call));
	}

	public CircuitBreaker.State state() {
		return this.circuitBreaker.getState();
	}

	private <T> T run(Supplier<T> decorated) {
		try {
			return decorated.get();
		}
		catch (CallNotPermittedException ex) {
			throw new DependencyUnavailableException(this.peer, "circuit breaker is open", ex);
		}
		catch (StatusRuntimeException ex) {
			if (isPeerFailure(ex)) {
				throw new DependencyUnavailableException(this.peer, ex.getStatus().getCode().name(), ex);
			}
			throw ex;
		}
	}

	private static boolean isTransient(Throwable ex) {
		return ex instanceof StatusRuntimeException status && TRANSIENT.contains(status.getStatus().getCode());
	}

	private static boolean isPeerFailure(Throwable ex) {
		return ex instanceof StatusRuntimeException status && PEER_FAILURE.contains(status.getStatus().getCode());
	}

}
