package dev.shopfront.platform.grpc.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrpcPeerTest {

	private static final GrpcClientPolicy POLICY = new GrpcClientPolicy(Duration.ofMillis(200), 3, Duration.ofMillis(1),
			50f, 4, 4, Duration.ofMillis(100), 1);

	/** A stand-in stub that fails a number of calls as unavailable, then answers. */
	private static final class FlakyStub {

		private final List<String> calls = new ArrayList<>();

		private int failures;

		FlakyStub(int failures) {
			this.failures = failures;
		}

		String call(String name) {
			this.calls.add(name);
			if (this.failures-- > 0) {
				throw Status.UNAVAILABLE.asRuntimeException();
			}
			return "answer to " + name;
		}

	}

	private static GrpcPeer<FlakyStub> peer(FlakyStub stub) {
		return new GrpcPeer<>(stub, new ResilientGrpcCalls("product", POLICY, CircuitBreakerRegistry.ofDefaults(),
				RetryRegistry.ofDefaults()));
	}

	@Test
	void anIdempotentCallReachesTheStubThroughTheRetry() {
		FlakyStub stub = new FlakyStub(2);

		String answer = peer(stub).idempotent((s) -> s.call("get"));

		assertThat(answer).isEqualTo("answer to get");
		assertThat(stub.calls).containsExactly("get", "get", "get");
	}

	@Test
	void aCallMadeOnceReachesTheStubOnce() {
		FlakyStub stub = new FlakyStub(1);

		assertThatThrownBy(() -> peer(stub).once((s) -> s.call("charge")))
			.isInstanceOf(DependencyUnavailableException.class);
		assertThat(stub.calls).containsExactly("charge");
	}

}
