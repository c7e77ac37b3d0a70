package dev.shopfront.notification;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
		"management.endpoint.health.show-components=always",
		// Recorded spans reach the test's in-memory exporter without the default 5 s
		// wait.
		"management.opentelemetry.tracing.export.schedule-delay=50ms" })
@AutoConfigureMockMvc
@Import(NotificationServiceIntegrationTest.RecordedSpans.class)
abstract class NotificationServiceIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	protected static String user(String prefix) {
		return prefix + "-" + System.nanoTime();
	}

	/** Every span the service ends, kept in memory for the tracing tests. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RecordedSpans {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

	}

}
