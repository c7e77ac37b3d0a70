package dev.shopfront.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * A trace context kept with work done later, outside the request that caused it (an
 * outbox row published by a relay): taken as a W3C {@code traceparent} while the request
 * runs, and resumed as the parent of the span that does the work, so that span and what
 * it calls (a Kafka send, and the consumers beyond) join the request's trace.
 */
public class StoredTraceContext {

	/** The W3C Trace Context field that holds trace id, parent span id and flags. */
	public static final String TRACEPARENT = "traceparent";

	private final Tracer tracer;

	private final Propagator propagator;

	public StoredTraceContext(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** The current span's context as a {@code traceparent}; empty outside any span. */
	public Optional<String> current() {
		TraceContext context = this.tracer.currentTraceContext().context();
		if (context == null) {
			return Optional.empty();
		}
		Map<String, String> carrier = new HashMap<>();
		this.propagator.inject(context, carrier, Map::put);
		return Optional.ofNullable(carrier.get(TRACEPARENT));
	}

	/**
	 * Starts a span named {@code name} as a child of the stored context (a new trace when
	 * there is none) and puts it in scope until the returned scope is closed.
	 */
	public Resumed resume(String traceparent, String name) {
		Span.Builder builder = (traceparent != null)
				? this.propagator.extract(Map.of(TRACEPARENT, traceparent), (carrier, key) -> carrier.get(key))
				: this.tracer.spanBuilder();
		Span span = builder.name(name).start();
		Tracer.SpanInScope scope = this.tracer.withSpan(span);
		return () -> {
			scope.close();
			span.end();
		};
	}

	/** A resumed span in scope; closing it ends the span. */
	@FunctionalInterface
	public interface Resumed extends AutoCloseable {

		@Override
		void close();

	}

}
