package dev.shopfront.platform.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * Observes a JDBC statement (datasource-micrometer's {@code jdbc.*} observations) only
 * inside a trace that is being recorded. Without a collector nothing is sampled, yet
 * every query still built an observation, a span nobody keeps and its tags: the largest
 * share of Micrometer's cost in a profile of the services under load (bench/checkout). In
 * a sampled trace the statements are still child spans, as issue 19's traces need;
 * everything else is observed as before.
 */
public class JdbcSpansOnlyWhenSampled implements ObservationPredicate {

	private final Tracer tracer;

	public JdbcSpansOnlyWhenSampled(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	public boolean test(String name, Observation.Context context) {
		if (!name.startsWith("jdbc.")) {
			return true;
		}
		Span current = this.tracer.currentSpan();
		return current != null && !current.isNoop();
	}

}
