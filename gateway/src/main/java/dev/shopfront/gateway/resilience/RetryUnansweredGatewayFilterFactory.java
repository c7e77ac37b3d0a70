package dev.shopfront.gateway.resilience;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;

/**
 * The {@code RetryUnanswered} route filter: a call of one of {@code methods} (safe reads)
 * that got no answer, failing with one of {@code exceptions} (connection refused, the
 * route's response timeout) before anything was sent to the client, is sent again, up to
 * {@code retries} times; the load balancer picks the instance anew for each try. A
 * backend's answer, 5xx included, is passed on as it is, like the breaker that counts
 * only calls without one (see {@link CircuitBreakers}).
 * <p>
 * Why not Spring Cloud Gateway's {@code Retry}: it puts a retry and a repeat companion
 * (reactor-addons) around every call, and caches every request body of its route. Over
 * the bare gateway that cost 19 us of CPU per request, 8% of its throughput
 * (bench/README.md). A GET here gets one {@code onErrorResume}; other methods pass
 * untouched.
 */
public class RetryUnansweredGatewayFilterFactory
		extends AbstractGatewayFilterFactory<RetryUnansweredGatewayFilterFactory.Config> {

	public RetryUnansweredGatewayFilterFactory() {
		super(Config.class);
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("retries");
	}

	@Override
	public GatewayFilter apply(Config config) {
		return (exchange, chain) -> config.getMethods().contains(exchange.getRequest().getMethod())
				? attempt(exchange, chain, config, config.getRetries()) : chain.filter(exchange);
	}

	private static Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, Config config,
			int retriesLeft) {
		Mono<Void> call = chain.filter(exchange);
		if (retriesLeft <= 0) {
			return call;
		}
		return call.onErrorResume((ex) -> unanswered(ex, config) && !exchange.getResponse().isCommitted(), (ex) -> {
			// as Spring Cloud Gateway's Retry does: forget the first call's routing and
			// the headers its answer added, so the chain routes the request afresh
			ServerWebExchangeUtils.reset(exchange);
			return attempt(exchange, chain, config, retriesLeft - 1);
		});
	}

	private static boolean unanswered(Throwable failure, Config config) {
		for (Class<? extends Throwable> type : config.getExceptions()) {
			if (type.isInstance(failure) || type.isInstance(failure.getCause())) {
				return true;
			}
		}
		return false;
	}

	/** How often, which methods, on which failures. */
	public static class Config {

		private int retries = 1;

		private List<HttpMethod> methods = List.of(HttpMethod.GET);

		private List<Class<? extends Throwable>> exceptions = List.of(IOException.class, TimeoutException.class);

		public int getRetries() {
			return this.retries;
		}

		public void setRetries(int retries) {
			this.retries = retries;
		}

		public List<HttpMethod> getMethods() {
			return this.methods;
		}

		public void setMethods(List<HttpMethod> methods) {
			this.methods = methods;
		}

		public List<Class<? extends Throwable>> getExceptions() {
			return this.exceptions;
		}

		public void setExceptions(List<Class<? extends Throwable>> exceptions) {
			this.exceptions = exceptions;
		}

	}

}
