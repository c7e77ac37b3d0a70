package dev.shopfront.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import dev.shopfront.gateway.web.ProblemResponses;

/**
 * One token bucket per client ({@link ClientKeys}: a configured API key or the client's
 * address; an unknown API key is refused with 401), kept in Redis so every gateway
 * replica spends from the same budget (Spring Cloud Gateway's {@link RedisRateLimiter}).
 * Every response carries the X-RateLimit-* headers; a client over budget gets 429
 * problem+json with Retry-After. If Redis is down the limiter fails open: requests pass
 * (X-RateLimit-Remaining: -1) and the gateway keeps serving, because refusing all traffic
 * would turn a cache outage into a full outage.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

	static final String BUCKET = "shopfront";

	private final RedisRateLimiter limiter;

	private final ClientKeys clients;

	private final long retryAfterSeconds;

	private final Budget budget;

	private final Counter limited;

	public RateLimitFilter(RedisRateLimiter limiter, ClientKeys clients, Budget budget, MeterRegistry meters) {
		this.limiter = limiter;
		this.budget = budget;
		this.clients = clients;
		this.retryAfterSeconds = Math.max(1, budget.windowSeconds() / budget.requests());
		this.limited = Counter.builder("gateway_rate_limited")
			.description("Requests refused because their client was over budget")
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String client = this.clients.keyOf(exchange);
		if (client == null) {
			exchange.getResponse().getHeaders().set("WWW-Authenticate", "ApiKey");
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "Unknown API key",
					"the X-API-Key is not one of the gateway's keys; send a configured key, or none to be limited by address");
		}
		return this.limiter.isAllowed(BUCKET, client).flatMap((verdict) -> {
			// The bucket counts tokens (a request costs "window seconds" of them);
			// clients see requests.
			long tokens = Long.parseLong(verdict.getHeaders().getOrDefault(RedisRateLimiter.REMAINING_HEADER, "-1"));
			exchange.getResponse().getHeaders().set("X-RateLimit-Limit", String.valueOf(this.budget.requests()));
			exchange.getResponse().getHeaders().set("X-RateLimit-Window", this.budget.windowSeconds() + "s");
			exchange.getResponse().getHeaders().set("X-RateLimit-Burst-Capacity", String.valueOf(this.budget.burst()));
			exchange.getResponse()
				.getHeaders()
				.set(RedisRateLimiter.REMAINING_HEADER,
						String.valueOf((tokens < 0) ? -1 : tokens / this.budget.windowSeconds()));
			if (verdict.isAllowed()) {
				return chain.filter(exchange);
			}
			this.limited.increment();
			exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(this.retryAfterSeconds));
			return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"rate limit exceeded; retry after %d s".formatted(this.retryAfterSeconds));
		});
	}

	/** The configured budget: requests per window of so many seconds, and the burst. */
	public record Budget(int requests, long windowSeconds, int burst) {

	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
