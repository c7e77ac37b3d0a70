package dev.shopfront.platform.config;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.context.annotation.Bean;

import dev.shopfront.platform.tracing.JdbcSpansOnlyWhenSampled;
import dev.shopfront.platform.tracing.StoredTraceContext;

/**
 * Trace contexts kept with deferred work (the outbox), beside Spring Boot's tracing; JDBC
 * statements observed only in recorded traces ({@code shopfront.tracing.jdbc-spans}:
 * {@code sampled}, the default, or {@code always}).
 */
@AutoConfiguration(after = MicrometerTracingAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration")
@ConditionalOnClass(Tracer.class)
public class PlatformTracingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ Tracer.class, Propagator.class })
	StoredTraceContext storedTraceContext(Tracer tracer, Propagator propagator) {
		return new StoredTraceContext(tracer, propagator);
	}

	@Bean
	@ConditionalOnBean(Tracer.class)
	@ConditionalOnProperty(name = "shopfront.tracing.jdbc-spans", havingValue = "sampled", matchIfMissing = true)
	JdbcSpansOnlyWhenSampled jdbcSpansOnlyWhenSampled(Tracer tracer) {
		return new JdbcSpansOnlyWhenSampled(tracer);
	}

}
