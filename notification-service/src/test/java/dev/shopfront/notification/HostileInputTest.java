package dev.shopfront.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;
import dev.shopfront.testsupport.hostile.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's own OpenAPI document under hostile input, over a real
 * port (so the servlet container's own refusals count too) on real PostgreSQL and Kafka.
 */
@LocalEngines({ Engine.POSTGRES, Engine.KAFKA })
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "DELIVERY_INTERVAL=100ms")
class HostileInputTest {

	@LocalServerPort
	private int port;

	@Test
	void anonymousHealthShowsTheStatusOnly() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/health")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
	}

	@Test
	void noHostileRequestGetsA5xxANonProblemErrorOrASlowAnswer() {
		HostileInput.against("http://localhost:" + this.port).run().assertNoFailures();
	}

}
