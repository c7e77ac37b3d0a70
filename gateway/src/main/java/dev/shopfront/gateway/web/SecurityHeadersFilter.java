package dev.shopfront.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Security headers on every response: no MIME sniffing, no framing, no referrer leaks; a
 * strict content security policy on the admin API (however its path is spelled, see
 * {@link RequestPaths}); HSTS only when the request came over TLS (directly or through a
 * proxy that says so), since browsers ignore it over plain HTTP.
 */
public class SecurityHeadersFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("X-Frame-Options", "DENY");
			headers.set("Referrer-Policy", "no-referrer");
			if (RequestPaths.isAdmin(exchange)) {
				headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
			}
			if (overTls(exchange)) {
				headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private static boolean overTls(ServerWebExchange exchange) {
		return exchange.getRequest().getSslInfo() != null
				|| "https".equalsIgnoreCase(exchange.getRequest().getHeaders().getFirst("X-Forwarded-Proto"));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
