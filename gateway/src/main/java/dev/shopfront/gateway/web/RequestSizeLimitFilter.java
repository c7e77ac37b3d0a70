package dev.shopfront.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a body larger than the limit with 413 problem+json before it reaches any
 * backend.
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

	private final DataSize limit;

	public RequestSizeLimitFilter(DataSize limit) {
		this.limit = limit;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length > this.limit.toBytes()) {
			return ProblemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
					"the body has %d bytes; the limit is %d".formatted(length, this.limit.toBytes()));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
