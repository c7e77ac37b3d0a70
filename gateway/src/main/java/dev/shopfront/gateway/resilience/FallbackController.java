package dev.shopfront.gateway.resilience;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import dev.shopfront.gateway.web.ProblemResponses;

/**
 * Where a route's circuit breaker sends a request that failed without a backend answer:
 * the breaker was open, the instance could not be reached or did not answer in time. All
 * of those are 503 problem+json, "not available". A request the gateway itself refused
 * half-way (a streamed body over the limit) keeps its own 4xx. A backend that answered,
 * even with a 5xx, never comes here: its answer is passed on as it is.
 */
@RestController
class FallbackController {

	@RequestMapping("/fallback/{service}")
	Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
				HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
				return ProblemResponses.write(exchange, status, status.getReasonPhrase(),
						refusal.getBody().getDetail());
			}
		}
		exchange.getResponse().getHeaders().set("Retry-After", "5");
		return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"%s is not available right now; try again shortly".formatted(service));
	}

}
