package dev.shopfront.gateway;

import java.time.Duration;

import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Real HTTP clients against a gateway started on a random port.
 */
final class GatewayTestSupport {

	private GatewayTestSupport() {
	}

	static WebTestClient client(Environment environment) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + environment.getProperty("local.server.port"))
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	static String backendOf(WebTestClient client, String path) {
		byte[] body = client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body).replaceAll(".*\"backend\":\"([^\"]+)\".*", "$1");
	}

}
