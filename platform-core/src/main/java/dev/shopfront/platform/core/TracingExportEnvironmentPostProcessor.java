package dev.shopfront.platform.core;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Exports spans over OTLP/HTTP only when a collector is named
 * ({@code shopfront.tracing.otlp-endpoint}, read from
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}). Spring Boot builds its exporter whenever its
 * endpoint property is present, even empty, so the property is set here from a non-blank
 * base URL only, with the {@code /v1/traces} path OpenTelemetry's variable implies.
 * Without a collector nothing is exported and no connection error is logged, and
 * {@code TRACING_SAMPLING_PROBABILITY} keeps its default of 0 from the application's
 * configuration: spans nobody receives are not recorded at all, while trace ids still
 * reach the logs and the trace context still reaches the services (a request that arrives
 * sampled is still recorded). With a collector its default becomes 1: every request is
 * traced unless the variable says less. Registered in this module's
 * {@code spring.factories}, so every app that depends on it (the servlet services through
 * {@code platform}, and the gateway) has it.
 */
public class TracingExportEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String BASE_URL = "shopfront.tracing.otlp-endpoint";

	static final String BOOT_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	static final String SAMPLING = "TRACING_SAMPLING_PROBABILITY";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String base = environment.getProperty(BASE_URL, "").strip();
		Map<String, Object> defaults = new HashMap<>();
		if (!base.isEmpty() && !environment.containsProperty(BOOT_ENDPOINT)) {
			defaults.put(BOOT_ENDPOINT,
					(base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces");
		}
		if (!base.isEmpty() || environment.containsProperty(BOOT_ENDPOINT)) {
			// last in the environment: a TRACING_SAMPLING_PROBABILITY that is set wins
			defaults.put(SAMPLING, "1.0");
		}
		if (!defaults.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("shopfrontTracingExport", defaults));
		}
	}

	// After application.yml and the platform defaults, which hold the base URL's
	// placeholder.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
