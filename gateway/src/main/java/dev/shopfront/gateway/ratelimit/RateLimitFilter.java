package dev.shopfront.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.EventLoop;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

import dev.shopfront.gateway.web.ProblemResponses;

/**
 * One token bucket per client ({@link ClientKeys}: a configured API key or the client's
 * address; an unknown API key is refused with 401), kept in Redis so every gateway
 * replica spends from the same budget ({@link RedisTokenBuckets}: within a stated bound,
 * without a Redis round trip per request). Every response carries the X-RateLimit-*
 * headers; a client over budget gets 429 problem+json with Retry-After. If Redis is down
 * the limiter fails open: requests pass (X-RateLimit-Remaining: -1) and the gateway keeps
 * serving, because refusing all traffic would turn a cache outage into a full outage.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private final RedisTokenBuckets limiter;

	private final ClientKeys clients;

	private final long retryAfterSeconds;

	private final Counter limited;

	private final String limitHeader;

	private final String windowHeader;

	private final String burstHeader;

	public RateLimitFilter(RedisTokenBuckets limiter, ClientKeys clients, Budget budget, MeterRegistry meters) {
		this.limiter = limiter;
		this.clients = clients;
		this.limitHeader = String.valueOf(budget.requests());
		this.windowHeader = budget.windowSeconds() + "s";
		this.burstHeader = String.valueOf(budget.burst());
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
		return this.limiter.take(client).flatMap((verdict) -> onEventLoopOf(exchange, verdict)).flatMap((verdict) -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("X-RateLimit-Limit", this.limitHeader);
			headers.set("X-RateLimit-Window", this.windowHeader);
			headers.set("X-RateLimit-Burst-Capacity", this.burstHeader);
			headers.set(REMAINING_HEADER, String.valueOf(verdict.remaining()));
			if (verdict.allowed()) {
				return chain.filter(exchange);
			}
			this.limited.increment();
			exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(this.retryAfterSeconds));
			return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
					"rate limit exceeded; retry after %d s".formatted(this.retryAfterSeconds));
		});
	}

	// Redis answers on Lettuce's threads: the rest of the request (the 429 or the route)
	// goes on on the connection's own event loop, as every other request does, rather
	// than
	// writing the response from a thread that does not own the channel.
	private static Mono<RedisTokenBuckets.Verdict> onEventLoopOf(ServerWebExchange exchange,
			RedisTokenBuckets.Verdict verdict) {
		if (ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest()) instanceof Connection connection) {
			EventLoop loop = connection.channel().eventLoop();
			if (!loop.inEventLoop()) {
				return Mono.just(verdict).publishOn(Schedulers.fromExecutor(loop));
			}
		}
		return Mono.just(verdict);
	}

	/** The configured budget: requests per window of so many seconds, and the burst. */
	public record Budget(int requests, long windowSeconds, int burst) {

	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
