package dev.shopfront.gateway.ratelimit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who a request counts against, from what a client cannot mint at will.
 * <ul>
 * <li>An {@code X-API-Key} counts only when it is one of the configured keys
 * ({@code API_KEYS}); the key is compared and kept (in Redis) only as its SHA-256 hash.
 * An unknown key is refused: limiting it by address instead would let a client with a
 * typo believe it has its own budget.</li>
 * <li>Otherwise the client's address: the TCP peer, or, when the peer is one of
 * {@code TRUSTED_PROXIES} (addresses or CIDR ranges, such as a cluster's pod range), the
 * rightmost {@code X-Forwarded-For} hop that is not a trusted proxy. Entries left of that
 * hop were written by the client and prove nothing; each trusted proxy appends the
 * address it saw.</li>
 * </ul>
 */
public class ClientKeys {

	public static final String API_KEY_HEADER = "X-API-Key";

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpSubnetFilterRule> trustedProxies;

	private final Map<String, String> apiKeysByHash;

	public ClientKeys(List<String> trustedProxies, List<String> apiKeys) {
		this.trustedProxies = trustedProxies.stream()
			.map(String::strip)
			.filter((proxy) -> !proxy.isEmpty())
			.map(ClientKeys::range)
			.toList();
		this.apiKeysByHash = apiKeys.stream()
			.map(String::strip)
			.filter((key) -> !key.isEmpty())
			.map(ClientKeys::sha256)
			.distinct()
			.collect(Collectors.toUnmodifiableMap(Function.identity(), (hash) -> "key:" + hash));
	}

	/**
	 * The rate-limit key of the request, or {@code null} when it carries an API key that
	 * is not configured.
	 */
	public String keyOf(ServerWebExchange exchange) {
		String apiKey = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
		if (apiKey != null && !apiKey.isBlank()) {
			return this.apiKeysByHash.get(sha256(apiKey.strip()));
		}
		return "ip:" + addressOf(exchange.getRequest());
	}

	/** The client's address: the rightmost hop that is not a trusted proxy. */
	public String addressOf(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return "unknown";
		}
		String address = remote.getAddress().getHostAddress();
		if (!trusted(remote.getAddress())) {
			return address;
		}
		List<String> forwarded = request.getHeaders().get(FORWARDED_FOR);
		if (forwarded == null) {
			return address;
		}
		// Several header lines are one list in order (RFC 9110 5.3): walk it from the
		// right.
		for (int line = forwarded.size() - 1; line >= 0; line--) {
			String[] hops = forwarded.get(line).split(",");
			for (int i = hops.length - 1; i >= 0; i--) {
				String hop = hops[i].strip();
				if (hop.isEmpty()) {
					continue;
				}
				// parsed as a literal, never looked up: a hop that is no address is
				// nobody's proxy
				InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(hop);
				if (parsed == null || !trusted(parsed)) {
					return hop;
				}
				address = parsed.getHostAddress();
			}
		}
		return address;
	}

	private boolean trusted(InetAddress address) {
		if (this.trustedProxies.isEmpty()) {
			return false;
		}
		InetSocketAddress socket = new InetSocketAddress(address, 0);
		for (IpSubnetFilterRule range : this.trustedProxies) {
			if (range.matches(socket)) {
				return true;
			}
		}
		return false;
	}

	// An address (10.0.0.7, ::1) or a CIDR range (10.0.0.0/8), checked at start-up.
	private static IpSubnetFilterRule range(String entry) {
		String[] parts = entry.split("/", 2);
		InetAddress address = NetUtil.createInetAddressFromIpAddressString(parts[0].strip());
		if (address == null) {
			throw new IllegalArgumentException(
					"TRUSTED_PROXIES takes IP addresses and CIDR ranges, was '%s'".formatted(entry));
		}
		int prefix = (parts.length == 2) ? Integer.parseInt(parts[1].strip())
				: (address instanceof Inet4Address) ? 32 : 128;
		return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
