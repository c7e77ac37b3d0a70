package dev.shopfront.payment.infrastructure.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the oldest unpublished outbox row has waited, in seconds ({@code 0} when every
 * row is sent). The backlog alone cannot tell a burst that drains from a relay that is
 * stuck; the age can: it grows only while nothing leaves the outbox.
 */
public final class OutboxAgeGauge {

	static final String NAME = "outbox.oldest.unsent.age";

	private final JdbcClient jdbc;

	private final Clock clock;

	private OutboxAgeGauge(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public static OutboxAgeGauge register(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		OutboxAgeGauge gauge = new OutboxAgeGauge(jdbc, clock);
		Gauge.builder(NAME, gauge, OutboxAgeGauge::seconds)
			.baseUnit("seconds")
			.description("Age of the oldest outbox row not yet published to Kafka")
			.register(meters);
		return gauge;
	}

	double seconds() {
		Optional<Timestamp> oldest = this.jdbc.sql("SELECT min(created_at) FROM outbox WHERE sent_at IS NULL")
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
		return oldest.map((created) -> Duration.between(created.toInstant(), this.clock.instant()))
			.map((age) -> Math.max(0, age.toMillis()) / 1000.0)
			.orElse(0.0);
	}

}
