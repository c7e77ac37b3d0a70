package dev.shopfront.platform.core.logging;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatEnvironmentPostProcessorTest {

	@Test
	void jsonByDefaultAndTextOnRequestAboveDefaultsAddedLater() {
		assertThat(consoleFormat(new MockEnvironment())).isEqualTo(EcsLogFormatter.FORMAT);
		assertThat(consoleFormat(new MockEnvironment().withProperty("LOG_FORMAT", "json")))
			.isEqualTo(EcsLogFormatter.FORMAT);
		assertThat(consoleFormat(new MockEnvironment().withProperty("LOG_FORMAT", "TEXT"))).isEmpty();
	}

	@Test
	void whatTheApplicationSetsWins() {
		MockEnvironment environment = new MockEnvironment().withProperty(LogFormatEnvironmentPostProcessor.PROPERTY,
				"logstash");

		assertThat(consoleFormat(environment)).isEqualTo("logstash");
	}

	// as the services' platform defaults are added after it, with a value of their own
	private static String consoleFormat(MockEnvironment environment) {
		new LogFormatEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		environment.getPropertySources()
			.addLast(new MapPropertySource("defaults", Map.of(LogFormatEnvironmentPostProcessor.PROPERTY, "ecs")));
		return environment.getProperty(LogFormatEnvironmentPostProcessor.PROPERTY);
	}

}
