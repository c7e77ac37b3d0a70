package dev.shopfront.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.shopfront.platform.core.RequestIds;

/**
 * Gives every request an {@code X-Request-Id} (the caller's when it is a safe token) and
 * echoes it on the response; {@link RequestIdToBackend} passes it on to the service. The
 * request itself is left as it came: a mutated copy of it and its headers for every
 * request cost more than the id. (bench/gateway)
 */
public class RequestIdFilter implements WebFilter, Ordered {

	public static final String HEADER = RequestIds.HEADER;

	/**
	 * The exchange attribute holding the id, also for a request that ends without a
	 * response.
	 */
	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = RequestIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(HEADER));
		exchange.getAttributes().put(ATTRIBUTE, requestId);
		// Set just before commit: the backend echoes the id too, and the proxied headers
		// are added to the response, which would otherwise carry it twice.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(HEADER, requestId);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	/**
	 * The request's id, or null when the request has none (the edge filters are off).
	 */
	public static String idOf(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
