package dev.shopfront.notification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;

/**
 * Base of the integration tests: the whole service on real PostgreSQL and Kafka, one
 * Spring context shared by every subclass. Retries wait 100 ms (doubling) so a refused
 * notification fails within a second; every test uses its own user ids.
 */
@LocalEngines({ Engine.POSTGRES, Engine.KAFKA })
@SpringBootTest(properties = { "shopfront.kafka.retry.initial-interval=50ms", "DEFAULT_RETRY_DELAY=100ms",
		"DELIVERY_INTERVAL=100ms",
		// As an operator shows them on a private instance: the tests check which
		// indicators run.
		"management.endpoint.health.show-components=always" })
@AutoConfigureMockMvc
abstract class NotificationServiceIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	protected static String user(String prefix) {
		return prefix + "-" + System.nanoTime();
	}

}
