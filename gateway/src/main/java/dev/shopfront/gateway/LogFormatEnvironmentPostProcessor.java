package dev.shopfront.gateway;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.shopfront.platform.core.logging.EcsLogFormatter;

/**
 * LOG_FORMAT as the spec names it: {@code json} (the default) gives one ECS JSON object
 * per line (Spring Boot's, through {@link EcsLogFormatter}), {@code text} the classic
 * console pattern.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty("LOG_FORMAT", "json");
		String structured = "text".equalsIgnoreCase(format) ? "" : EcsLogFormatter.FORMAT;
		environment.getPropertySources()
			.addLast(new MapPropertySource("logFormat", Map.of("logging.structured.format.console", structured)));
	}

}
