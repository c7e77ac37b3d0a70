package dev.shopfront.platform.grpc.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ResilientGrpcCallsTest {

	private static final GrpcClientPolicy POLICY = new GrpcClientPolicy(Duration.ofMillis(200), 3, Duration.ofMillis(1),
			50f, 4, 4, Duration.ofMillis(100), 1);

	private final ResilientGrpcCalls calls = new ResilientGrpcCalls("product-service", POLICY,
			CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults());

	private final AtomicInteger attempts = new AtomicInteger();

	private String failTimes(int failures, Status status) {
		if (this.attempts.incrementAndGet() <= failures) {
			throw status.asRuntimeException();
		}
		return "ok";
	}

	@Test
	void idempotentCallIsRetriedThroughTransientUnavailability() {
		String result = this.calls.idempotent(() -> failTimes(2, Status.UNAVAILABLE));

		assertThat(result).isEqualTo("ok");
		assertThat(this.attempts).hasValue(3);
	}

	@Test
	void onceCallIsNeverRetried() {
		assertThatThrownBy(() -> this.calls.once(() -> failTimes(1, Status.UNAVAILABLE)))
			.isInstanceOf(DependencyUnavailableException.class)
			.hasMessage("product-service is unavailable: UNAVAILABLE");
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void businessAnswersPassThroughWithoutRetryOrBreakerCount() {
		for (int i = 0; i < 10; i++) {
			assertThatThrownBy(() -> this.calls.idempotent(() -> failTimes(Integer.MAX_VALUE, Status.NOT_FOUND)))
				.isInstanceOf(StatusRuntimeException.class);
		}
		assertThat(this.attempts).hasValue(10);
		assertThat(this.calls.state()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void breakerOpensThenFailsFastThenRecovers() {
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> this.calls.once(() -> failTimes(Integer.MAX_VALUE, Status.UNAVAILABLE)))
				.isInstanceOf(DependencyUnavailableException.class);
		}
		assertThat(this.calls.state()).isEqualTo(CircuitBreaker.State.OPEN);

		int before = this.attempts.get();
		assertThatThrownBy(() -> this.calls.idempotent(() -> failTimes(0, Status.OK)))
			.isInstanceOf(DependencyUnavailableException.class)
			.hasMessageContaining("circuit breaker is open");
		assertThat(this.attempts).hasValue(before);

		await().atMost(Duration.ofSeconds(2))
			.ignoreException(DependencyUnavailableException.class)
			.until(() -> this.calls.idempotent(() -> "back"), "back"::equals);
		assertThat(this.calls.state()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

}
