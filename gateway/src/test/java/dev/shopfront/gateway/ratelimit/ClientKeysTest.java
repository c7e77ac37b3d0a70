package dev.shopfront.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientKeysTest {

	private final ClientKeys keys = new ClientKeys(List.of("10.0.0.1", "10.0.0.2"), List.of("key-one", " key-two "));

	private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
		return MockServerHttpRequest.get("/api/products").remoteAddress(new InetSocketAddress(peer, 40000));
	}

	@Test
	void theClientIsTheRightmostHopThatIsNotATrustedProxy() {
		assertThat(this.keys.addressOf(from("10.0.0.1").header("X-Forwarded-For", "1.1.1.1, 203.0.113.9").build()))
			.isEqualTo("203.0.113.9");
		assertThat(this.keys
			.addressOf(from("10.0.0.1").header("X-Forwarded-For", "1.1.1.1, 203.0.113.9, 10.0.0.2").build()))
			.isEqualTo("203.0.113.9");
		// several header lines are one list
		assertThat(this.keys.addressOf(
				from("10.0.0.1").header("X-Forwarded-For", "1.1.1.1").header("X-Forwarded-For", "203.0.113.9").build()))
			.isEqualTo("203.0.113.9");
		// only proxies: the leftmost of them
		assertThat(this.keys.addressOf(from("10.0.0.1").header("X-Forwarded-For", "10.0.0.2").build()))
			.isEqualTo("10.0.0.2");
	}

	@Test
	void trustedProxiesMayBeRangesAndAddressesInAnySpelling() {
		ClientKeys cluster = new ClientKeys(List.of("10.244.0.0/16", "::1"), List.of());

		assertThat(cluster
			.addressOf(from("10.244.3.7").header("X-Forwarded-For", "1.1.1.1, 203.0.113.9, 10.244.9.1").build()))
			.isEqualTo("203.0.113.9");
		assertThat(cluster.addressOf(from("0:0:0:0:0:0:0:1").header("X-Forwarded-For", "203.0.113.9").build()))
			.isEqualTo("203.0.113.9");
		assertThat(cluster.addressOf(from("10.245.0.1").header("X-Forwarded-For", "203.0.113.9").build()))
			.isEqualTo("10.245.0.1");
		// a hop that is no address is nobody's proxy, and never looked up
		assertThat(cluster.addressOf(from("10.244.3.7").header("X-Forwarded-For", "1.1.1.1, evil.example").build()))
			.isEqualTo("evil.example");
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientKeys(List.of("proxy.example"), List.of()))
			.withMessageContaining("TRUSTED_PROXIES");
	}

	@Test
	void anUntrustedPeersForwardedForIsIgnored() {
		assertThat(this.keys.addressOf(from("198.51.100.4").header("X-Forwarded-For", "203.0.113.9").build()))
			.isEqualTo("198.51.100.4");
	}

	@Test
	void onlyConfiguredApiKeysIdentifyAClientAndNeverByTheirOwnText() {
		String known = this.keys.keyOf(MockServerWebExchange.from(from("198.51.100.4").header("X-API-Key", "key-two")));
		String unknown = this.keys
			.keyOf(MockServerWebExchange.from(from("198.51.100.4").header("X-API-Key", "made-up")));
		String none = this.keys.keyOf(MockServerWebExchange.from(from("198.51.100.4")));

		assertThat(known).startsWith("key:").doesNotContain("key-two").hasSize(4 + 64);
		assertThat(unknown).isNull();
		assertThat(none).isEqualTo("ip:198.51.100.4");
	}

}
