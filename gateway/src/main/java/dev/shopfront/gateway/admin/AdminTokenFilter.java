package dev.shopfront.gateway.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.shopfront.gateway.web.ProblemResponses;

/**
 * The admin API needs {@code Authorization: Bearer <ADMIN_TOKEN>}. Without a configured
 * token the admin API is closed to everyone.
 */
public class AdminTokenFilter implements WebFilter, Ordered {

	private final byte[] token;

	public AdminTokenFilter(String token) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/admin")) {
			return chain.filter(exchange);
		}
		String header = exchange.getRequest().getHeaders().getFirst("Authorization");
		byte[] given = (header != null && header.startsWith("Bearer "))
				? header.substring(7).getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (this.token.length == 0 || !MessageDigest.isEqual(this.token, given)) {
			exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized",
					"the admin API needs Authorization: Bearer <ADMIN_TOKEN>");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 4;
	}

}
