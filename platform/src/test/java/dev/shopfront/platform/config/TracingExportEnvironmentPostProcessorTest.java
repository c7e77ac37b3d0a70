package dev.shopfront.platform.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class TracingExportEnvironmentPostProcessorTest {

	private static final String BOOT_ENDPOINT = TracingExportEnvironmentPostProcessor.BOOT_ENDPOINT;

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
	void springBootsOwnEndpointSettingWins() {
		assertThat(processed(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://jaeger:4318", BOOT_ENDPOINT,
				"http://collector:4318/custom"))
			.getProperty(BOOT_ENDPOINT)).isEqualTo("http://collector:4318/custom");
	}

	/**
	 * The environment as a service sees it: the given variables, then the platform
	 * defaults.
	 */
	private static StandardEnvironment processed(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", variables));
		SpringApplication application = new SpringApplication();
		new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, application);
		new TracingExportEnvironmentPostProcessor().postProcessEnvironment(environment, application);
		return environment;
	}

}
