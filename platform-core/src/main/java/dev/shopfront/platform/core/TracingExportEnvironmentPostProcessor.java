package dev.shopfront.platform.core;

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
 * Without a collector nothing is exported and no connection error is logged. Registered
 * in this module's {@code spring.factories}, so every app that depends on it (the servlet
 * services through {@code platform}, and the gateway) has it.
 */
public class TracingExportEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String BASE_URL = "shopfront.tracing.otlp-endpoint";

	static final String BOOT_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String base = environment.getProperty(BASE_URL, "").strip();
		if (base.isEmpty() || environment.containsProperty(BOOT_ENDPOINT)) {
			return;
		}
		String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces";
		environment.getPropertySources()
			.addLast(new MapPropertySource("shopfrontTracingExport", Map.of(BOOT_ENDPOINT, url)));
	}

	// After application.yml and the platform defaults, which hold the base URL's
	// placeholder.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
