package dev.shopfront.gateway.resilience;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import dev.shopfront.gateway.web.ProblemResponses;

/**
 * Where a route's circuit breaker sends a request it will not (or could not) pass on: 503
 * problem+json, fast, without calling the backend.
 */
@RestController
class FallbackController {

	@RequestMapping("/fallback/{service}")
	Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().set("Retry-After", "5");
		return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"%s is not available right now; try again shortly".formatted(service));
	}

}
