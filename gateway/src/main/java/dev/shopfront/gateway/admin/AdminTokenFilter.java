package dev.shopfront.gateway.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.shopfront.gateway.ratelimit.ClientKeys;
import dev.shopfront.gateway.web.ProblemResponses;
import dev.shopfront.gateway.web.RequestPaths;

/**
 * Guards the gateway's own endpoints with {@code Authorization: Bearer <ADMIN_TOKEN>}:
 * <ul>
 * <li>{@code /admin/**} and {@code /metrics} need the token (401 without it);</li>
 * <li>{@code /health/**} answers everyone with its status; with the token the caller is
 * the admin principal, which is what {@code show-details: when-authorized} asks for.</li>
 * </ul>
 * Paths are classified by {@link RequestPaths} (decoded, normalised), never by the raw
 * string, so {@code /%61dmin} is as guarded as {@code /admin}. Wrong tokens count per
 * client address; too many and the address gets 429 until its window ends. Without a
 * configured token the admin API and the metrics are closed to everyone.
 */
public class AdminTokenFilter implements WebFilter, Ordered {

	/** The health groups that show details (application.yml). */
	private static final Set<String> DETAILED_HEALTH = Set.of("detailed", "full");

	private static final String FULL_HEALTH = "/health/full";

	private final byte[] token;

	private final ClientKeys clients;

	private final FailedTokenGuesses guesses;

	public AdminTokenFilter(String token, ClientKeys clients, FailedTokenGuesses guesses) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
		this.clients = clients;
		this.guesses = guesses;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<String> segments = RequestPaths.segments(exchange);
		String area = segments.isEmpty() ? "" : segments.get(0);
		boolean health = area.equals("health");
		boolean guarded = area.equals("admin") || area.equals("metrics")
				|| (health && segments.size() > 1 && DETAILED_HEALTH.contains(segments.get(1)));
		if (!guarded && !health) {
			return chain.filter(exchange);
		}
		String header = exchange.getRequest().getHeaders().getFirst("Authorization");
		if (header == null && !guarded) {
			return chain.filter(exchange);
		}
		String address = this.clients.addressOf(exchange.getRequest());
		long lockedFor = this.guesses.lockedForSeconds(address);
		if (lockedFor > 0) {
			exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(lockedFor));
			return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many wrong tokens",
					"too many wrong admin tokens from this address; retry after %d s".formatted(lockedFor));
		}
		if (!matches(header)) {
			if (header != null) {
				this.guesses.failed(address);
			}
			exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized",
					"this endpoint needs Authorization: Bearer <ADMIN_TOKEN>");
		}
		if (health && segments.size() == 1) {
			// the admin's /health is the group that shows every detail
			return chain.filter(exchange.mutate().request((request) -> request.path(FULL_HEALTH)).build());
		}
		return chain.filter(exchange);
	}

	private boolean matches(String header) {
		if (this.token.length == 0 || header == null || !header.startsWith("Bearer ")) {
			return false;
		}
		return MessageDigest.isEqual(this.token, header.substring(7).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 4;
	}

}
