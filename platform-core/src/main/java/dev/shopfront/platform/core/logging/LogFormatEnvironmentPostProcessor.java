package dev.shopfront.platform.core.logging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * LOG_FORMAT as the spec names it, for the gateway and every service: {@code json} (the
 * default) gives one ECS JSON object per line (Spring Boot's, through
 * {@link EcsLogFormatter}), {@code text} the classic console pattern. Below everything an
 * application or its environment sets.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty("LOG_FORMAT", "json");
		String structured = "text".equalsIgnoreCase(format) ? "" : EcsLogFormatter.FORMAT;
		environment.getPropertySources().addLast(new MapPropertySource("logFormat", Map.of(PROPERTY, structured)));
	}

	// before the services' platform defaults are added after it, so above them
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 2;
	}

}
