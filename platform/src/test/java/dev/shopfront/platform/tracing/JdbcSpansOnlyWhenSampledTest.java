package dev.shopfront.platform.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class JdbcSpansOnlyWhenSampledTest {

	private final Tracer tracer = mock(Tracer.class);

	private final JdbcSpansOnlyWhenSampled predicate = new JdbcSpansOnlyWhenSampled(this.tracer);

	private final Observation.Context context = new Observation.Context();

	@Test
	void aStatementInsideARecordedTraceIsObserved() {
		Span recorded = mock(Span.class);
		given(recorded.isNoop()).willReturn(false);
		given(this.tracer.currentSpan()).willReturn(recorded);

		assertThat(this.predicate.test("jdbc.query", this.context)).isTrue();
	}

	@Test
	void aStatementInAnUnsampledTraceOrOutsideAnyIsNot() {
		Span unsampled = mock(Span.class);
		given(unsampled.isNoop()).willReturn(true);
		given(this.tracer.currentSpan()).willReturn(unsampled);
		assertThat(this.predicate.test("jdbc.query", this.context)).isFalse();

		given(this.tracer.currentSpan()).willReturn(null);
		assertThat(this.predicate.test("jdbc.connection", this.context)).isFalse();
	}

	@Test
	void everyOtherObservationIsLeftAlone() {
		given(this.tracer.currentSpan()).willReturn(null);

		assertThat(this.predicate.test("http.server.requests", this.context)).isTrue();
		assertThat(this.predicate.test("spring.kafka.template", this.context)).isTrue();
	}

}
