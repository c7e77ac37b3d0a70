package dev.shopfront.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every error the gateway itself raises (no route, wrong method, a failure inside WebFlux
 * or a filter) as RFC 9457 problem+json, ahead of Boot's default handler and its
 * {@code {"timestamp":..,"error":..}} body. A 5xx names no internals: its detail points
 * at the request id, under which the cause is logged.
 */
@Order(-2)
public class ProblemDetailsErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsErrorHandler.class);

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(error);
		}
		HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = null;
		if (error instanceof ErrorResponse response) {
			status = response.getStatusCode();
			detail = response.getBody().getDetail();
			exchange.getResponse().getHeaders().putAll(response.getHeaders());
		}
		String title = (HttpStatus.resolve(status.value()) != null)
				? HttpStatus.resolve(status.value()).getReasonPhrase() : "Error";
		if (status.is5xxServerError()) {
			log.atError()
				.setCause(error)
				.addKeyValue("request_id", RequestIdFilter.idOf(exchange))
				.log("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath());
			if (!(error instanceof ErrorResponse)) {
				detail = "the gateway failed to handle the request; its log has the cause under the request id";
			}
		}
		if (detail == null || detail.isBlank() || error instanceof NoResourceFoundException) {
			detail = (status.value() == 404) ? "no route or endpoint of the gateway matches %s"
				.formatted(exchange.getRequest().getPath().value()) : title;
		}
		return ProblemResponses.write(exchange, status, title, detail);
	}

}
