package dev.shopfront.gateway.web;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends the request's id ({@link RequestIdFilter}) to the service, in place of whatever
 * the client wrote there. It runs last among the gateway's header filters, on the copy of
 * the headers they make for the proxied request.
 */
public class RequestIdToBackend implements HttpHeadersFilter, Ordered {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		String requestId = RequestIdFilter.idOf(exchange);
		if (requestId == null) {
			return input;
		}
		try {
			input.set(RequestIdFilter.HEADER, requestId);
			return input;
		}
		catch (UnsupportedOperationException readOnly) {
			// the request's own headers, when no earlier filter copied them
			HttpHeaders copy = new HttpHeaders();
			copy.putAll(input);
			copy.set(RequestIdFilter.HEADER, requestId);
			return copy;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
