package dev.shopfront.gateway.web;

import java.time.Instant;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogWriterTest {

	private final String loggerName = "access-test-" + UUID.randomUUID();

	private final Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(this.loggerName);

	private final ListAppender<ILoggingEvent> appended = new ListAppender<>();

	// an interval of an hour: the test writes the queue itself
	private final AccessLogWriter writer = new AccessLogWriter(this.loggerName, 2, 3_600_000);

	AccessLogWriterTest() {
		this.appended.start();
		this.logger.addAppender(this.appended);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.writer.destroy();
		this.logger.detachAppender(this.appended);
	}

	@Test
	void aQueuedLineIsWrittenLaterWithTheTimeAndThreadOfItsRequest() {
		Instant at = Instant.parse("2026-12-05T10:15:30.123Z");
		this.writer.offer(new AccessLogWriter.AccessLine(at, "reactor-http-epoll-1", "GET", "/api/products/7",
				"product-service", "10.0.0.5:8080", 200, 12, "completed", "req-1"));
		assertThat(this.appended.list).isEmpty();

		this.writer.writeWaiting();

		assertThat(this.appended.list).singleElement().satisfies((event) -> {
			assertThat(event.getMessage()).isEqualTo("access");
			assertThat(event.getInstant()).isEqualTo(at);
			assertThat(event.getThreadName()).isEqualTo("reactor-http-epoll-1");
			assertThat(event.getKeyValuePairs()).extracting((pair) -> pair.key + "=" + pair.value)
				.containsExactly("method=GET", "path=/api/products/7", "route=product-service",
						"instance=10.0.0.5:8080", "status=200", "latency_ms=12", "outcome=completed",
						"request_id=req-1");
		});
	}

	@Test
	void overCapacityLinesAreDroppedAndTheRequestIsNeverHeld() {
		for (int i = 0; i < 5; i++) {
			this.writer.offer(line("/" + i));
		}

		this.writer.writeWaiting();

		assertThat(this.appended.list).extracting(this::pathOf).containsExactly("/0", "/1");
		this.writer.offer(line("/after"));
		this.writer.writeWaiting();
		assertThat(this.appended.list).extracting(this::pathOf).containsExactly("/0", "/1", "/after");
	}

	@Test
	void stoppingWritesWhatIsStillQueued() throws InterruptedException {
		this.writer.offer(line("/last"));

		this.writer.destroy();

		assertThat(this.appended.list).extracting(this::pathOf).containsExactly("/last");
	}

	private String pathOf(ILoggingEvent event) {
		return event.getKeyValuePairs()
			.stream()
			.filter((pair) -> pair.key.equals("path"))
			.map((KeyValuePair pair) -> String.valueOf(pair.value))
			.findFirst()
			.orElseThrow();
	}

	private static AccessLogWriter.AccessLine line(String path) {
		return new AccessLogWriter.AccessLine(Instant.now(), "t", "GET", path, "-", "-", 200, 1, "completed", null);
	}

}
