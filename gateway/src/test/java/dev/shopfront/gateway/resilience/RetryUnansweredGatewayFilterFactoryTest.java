package dev.shopfront.gateway.resilience;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RetryUnansweredGatewayFilterFactoryTest {

	private final GatewayFilter filter = new RetryUnansweredGatewayFilterFactory()
		.apply(new RetryUnansweredGatewayFilterFactory.Config());

	@Test
	void aReadWithoutAnAnswerIsRoutedAfreshOnceMoreAndItsSecondAnswerIsTheResult() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/products/1"));
		Calls calls = new Calls(new ConnectException("refused"), null);

		StepVerifier.create(this.filter.filter(exchange, calls)).verifyComplete();

		assertThat(calls.count.get()).isEqualTo(2);
		assertThat(calls.alreadyRoutedOnSecondTry).isFalse();
	}

	@Test
	void aTimeoutIsTriedTwiceAtMost() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/products/1"));
		Calls calls = new Calls(new TimeoutException("10s"), new TimeoutException("10s"));

		StepVerifier.create(this.filter.filter(exchange, calls)).verifyError(TimeoutException.class);

		assertThat(calls.count.get()).isEqualTo(2);
	}

	@Test
	void otherMethodsOtherFailuresAndAnAnswerAlreadyStartedAreNotRetried() {
		Calls post = new Calls(new ConnectException("refused"), null);
		StepVerifier
			.create(this.filter.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/baskets")), post))
			.verifyError(ConnectException.class);
		assertThat(post.count.get()).isEqualTo(1);

		Calls bug = new Calls(new IllegalStateException("a bug, not a missing answer"), null);
		StepVerifier.create(this.filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/p")), bug))
			.verifyError(IllegalStateException.class);
		assertThat(bug.count.get()).isEqualTo(1);

		MockServerWebExchange started = MockServerWebExchange.from(MockServerHttpRequest.get("/p"));
		Calls cutOff = new Calls(new ConnectException("reset"), null) {
			@Override
			public Mono<Void> filter(ServerWebExchange exchange) {
				exchange.getResponse().setStatusCode(HttpStatus.OK);
				return exchange.getResponse().setComplete().then(super.filter(exchange));
			}
		};
		StepVerifier.create(this.filter.filter(started, cutOff)).verifyError(ConnectException.class);
		assertThat(cutOff.count.get()).isEqualTo(1);
	}

	/** The rest of the chain: fails with the given errors in turn (null: answers). */
	private static class Calls implements GatewayFilterChain {

		final AtomicInteger count = new AtomicInteger();

		private final Throwable[] failures;

		boolean alreadyRoutedOnSecondTry;

		Calls(Throwable... failures) {
			this.failures = failures;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange) {
			int call = this.count.getAndIncrement();
			if (call == 1) {
				this.alreadyRoutedOnSecondTry = ServerWebExchangeUtils.isAlreadyRouted(exchange);
			}
			ServerWebExchangeUtils.setAlreadyRouted(exchange);
			Throwable failure = (call < this.failures.length) ? this.failures[call] : null;
			return (failure != null) ? Mono.error(failure) : Mono.empty();
		}

	}

}
