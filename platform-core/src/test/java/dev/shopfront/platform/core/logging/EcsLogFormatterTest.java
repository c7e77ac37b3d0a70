package dev.shopfront.platform.core.logging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MarkerFactory;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EcsLogFormatterTest {

	private final LoggerContext context = new LoggerContext();

	private final Logger logger = this.context.getLogger("dev.shopfront.test");

	private final StructuredLogEncoder boots = encoder("ecs");

	private final StructuredLogEncoder ours = encoder(EcsLogFormatter.FORMAT);

	@AfterEach
	void stop() {
		this.boots.stop();
		this.ours.stop();
	}

	@Test
	void aPlainLineIsBootsEcsLine() {
		assertSameLine(event("stock reserved for basket b-1", null, Map.of()));
	}

	@Test
	void mdcEntriesAndKeyValuePairsAreBootsFieldsWithTheirEscaping() {
		LoggingEvent event = event("access \"quoted\"\ttab ünïcödé", null,
				Map.of("request_id", "r-1", "trace_id", "0af7651916cd43dd8448eb211c80319c"));
		event.addKeyValuePair(new KeyValuePair("route", "product-service"));
		event.addKeyValuePair(new KeyValuePair("status", 503));
		event.addKeyValuePair(new KeyValuePair("path", "/api/products/\u0001\n"));
		String line = assertSameLine(event);
		assertThat(line).contains("\"route\":\"product-service\"", "\"status\":503", "\"request_id\":\"r-1\"");
	}

	@Test
	void anExceptionAndMarkersAreBootsErrorAndTags() {
		LoggingEvent event = event("payment failed", new IllegalStateException("provider said no"), Map.of());
		event.addMarker(MarkerFactory.getMarker("audit"));
		String line = assertSameLine(event);
		assertThat(line).contains("\"error\":{\"type\":\"java.lang.IllegalStateException\"", "\"tags\":[\"audit\"]");
	}

	@Test
	void everyLevelAndAParameterisedMessageIsBootsLine() {
		assertThat(List.of(Level.ERROR, Level.INFO, Level.DEBUG)).allSatisfy((level) -> {
			LoggingEvent event = new LoggingEvent(Logger.class.getName(), this.logger, level, "level {}", null,
					new Object[] { level });
			event.setThreadName("main");
			event.setMDCPropertyMap(Map.of());
			assertSameLine(event);
		});
	}

	private String assertSameLine(LoggingEvent event) {
		byte[] expected = this.boots.encode(event);
		byte[] actual = this.ours.encode(event);
		String line = new String(actual, StandardCharsets.UTF_8);
		assertThat(line).isEqualTo(new String(expected, StandardCharsets.UTF_8)).startsWith("{\"@timestamp\"");
		assertThat(actual).isEqualTo(expected);
		return line;
	}

	private LoggingEvent event(String message, Throwable thrown, Map<String, String> mdc) {
		LoggingEvent event = new LoggingEvent(Logger.class.getName(), this.logger, Level.WARN, message, thrown, null);
		event.setThreadName("reactor-http-epoll-1");
		event.setMDCPropertyMap(mdc);
		return event;
	}

	private StructuredLogEncoder encoder(String format) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "gateway")
			.withProperty("spring.application.version", "0.1.0")
			.withProperty("spring.application.pid", "4242");
		this.context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(this.context);
		encoder.setFormat(format);
		encoder.setCharset(StandardCharsets.UTF_8);
		encoder.start();
		return encoder;
	}

}
