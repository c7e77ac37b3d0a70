package dev.shopfront.notification;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;
import dev.shopfront.testsupport.hostile.AnonymousHealth;
import dev.shopfront.testsupport.hostile.HostileInput;

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
		AnonymousHealth.assertStatusOnly("http://localhost:" + this.port);
	}

	@Test
	void noHostileRequestGetsA5xxANonProblemErrorOrASlowAnswer() {
		HostileInput.against("http://localhost:" + this.port).run().assertNoFailures();
	}

}
