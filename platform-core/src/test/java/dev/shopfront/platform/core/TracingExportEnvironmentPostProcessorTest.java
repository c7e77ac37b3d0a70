package dev.shopfront.platform.core;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import dev.shopfront.platform.core.logging.LogFormatEnvironmentPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

class TracingExportEnvironmentPostProcessorTest {

	private static final String BOOT_ENDPOINT = TracingExportEnvironmentPostProcessor.BOOT_ENDPOINT;

	private static final String SAMPLING = "management.tracing.sampling.probability";

	@Test
	void withoutACollectorSpringBootsEndpointStaysUnsetSoNoExporterIsBuilt() {
		assertThat(processed(Map.of()).containsProperty(BOOT_ENDPOINT)).isFalse();
		assertThat(processed(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " ")).containsProperty(BOOT_ENDPOINT)).isFalse();
	}

	@Test
	void aCollectorsBaseUrlBecomesItsTracesEndpoint() {
		assertThat(processed(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318")).getProperty(BOOT_ENDPOINT))
			.isEqualTo("http://jaeger:4318/v1/traces");
		assertThat(processed(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318/")).getProperty(BOOT_ENDPOINT))
			.isEqualTo("http://jaeger:4318/v1/traces");
	}

	@Test
	void withoutACollectorNothingIsSampledUnlessAskedFor() {
		assertThat(processed(Map.of()).getProperty(SAMPLING, Double.class)).isZero();
		assertThat(processed(Map.of("TRACING_SAMPLING_PROBABILITY", "0.25")).getProperty(SAMPLING, Double.class))
			.isEqualTo(0.25);
	}

	@Test
	void withACollectorEveryRequestIsSampledUnlessToldLess() {
		assertThat(processed(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318")).getProperty(SAMPLING,
				Double.class))
			.isEqualTo(1.0);
		assertThat(processed(
				Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318", "TRACING_SAMPLING_PROBABILITY", "0.1"))
			.getProperty(SAMPLING, Double.class)).isEqualTo(0.1);
	}

	@Test
	void springBootsOwnEndpointIsACollectorToo() {
		assertThat(
				processed(Map.of(BOOT_ENDPOINT, "http://collector:4318/v1/traces")).getProperty(SAMPLING, Double.class))
			.isEqualTo(1.0);
	}

	@Test
	void springBootsOwnEndpointSettingWins() {
		assertThat(processed(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318", BOOT_ENDPOINT,
				"http://collector:4318/custom"))
			.getProperty(BOOT_ENDPOINT)).isEqualTo("http://collector:4318/custom");
	}

	@Test
	void everyAppOnThisModuleHasItThroughSpringFactories() throws IOException {
		// This module's own file, where the class is: not another jar's of the same name.
		UrlResource module = new UrlResource(
				TracingExportEnvironmentPostProcessor.class.getProtectionDomain().getCodeSource().getLocation());
		Properties factories = PropertiesLoaderUtils.loadProperties(module.createRelative("META-INF/spring.factories"));
		assertThat(factories.getProperty(EnvironmentPostProcessor.class.getName()).split(",")).containsExactly(
				TracingExportEnvironmentPostProcessor.class.getName(),
				LogFormatEnvironmentPostProcessor.class.getName());
	}

	/**
	 * The environment as an app sees it: the given variables, then the base URL's and the
	 * sampling's placeholders as the platform defaults and the gateway's application.yml
	 * declare them.
	 */
	private static StandardEnvironment processed(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", new LinkedHashMap<>(variables)));
		environment.getPropertySources()
			.addLast(new MapPropertySource("application.yml", Map.of(TracingExportEnvironmentPostProcessor.BASE_URL,
					"${OTEL_EXPORTER_OTLP_ENDPOINT:}", SAMPLING, "${TRACING_SAMPLING_PROBABILITY:0.0}")));
		new TracingExportEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
