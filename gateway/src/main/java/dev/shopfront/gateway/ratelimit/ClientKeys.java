package dev.shopfront.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.web.server.ServerWebExchange;

/**
 * Who a request counts against: its API key when it has one, else its remote address. The
 * X-Forwarded-For address is believed only when the request comes from a trusted proxy;
 * otherwise a client could choose its own identity.
 */
public class ClientKeys {

	public static final String API_KEY_HEADER = "X-API-Key";

	private final List<String> trustedProxies;

	public ClientKeys(List<String> trustedProxies) {
		this.trustedProxies = List.copyOf(trustedProxies);
	}

	public String keyOf(ServerWebExchange exchange) {
		String apiKey = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
		if (apiKey != null && !apiKey.isBlank()) {
			return "key:" + apiKey.strip();
		}
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		String address = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: "unknown";
		String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-For");
		if (forwarded != null && this.trustedProxies.contains(address)) {
			return "ip:" + forwarded.split(",")[0].strip();
		}
		return "ip:" + address;
	}

}
