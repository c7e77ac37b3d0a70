package dev.shopfront.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a body larger than the limit with 413 problem+json. A declared
 * {@code Content-Length} over the limit is refused before anything is sent on (HTTP
 * framing keeps the body to that length). A body without one (chunked) is counted as it
 * streams: the byte that crosses the limit fails the body with
 * {@link BodyTooLargeException}, the backend call is abandoned, and the route's fallback
 * answers 413 (the breaker ignores this exception, see {@code CircuitBreakers}).
 */
public class RequestSizeLimitFilter implements WebFilter, Ordered {

	private final long limit;

	public RequestSizeLimitFilter(DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		long length = headers.getContentLength();
		if (length > this.limit) {
			return ProblemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
					"the body has %d bytes; the limit is %d".formatted(length, this.limit));
		}
		if (length >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate().request(new Counted(exchange.getRequest(), this.limit)).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

	private static final class Counted extends ServerHttpRequestDecorator {

		private final long limit;

		Counted(ServerHttpRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > this.limit) {
						DataBufferUtils.release(buffer);
						sink.error(new BodyTooLargeException(this.limit));
					}
					else {
						sink.next(buffer);
					}
				});
			});
		}

	}

}
