package dev.shopfront.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the shared service defaults ({@value #DEFAULTS}) with the lowest precedence, so
 * each service's own {@code application.yml}, the environment and test properties all win
 * over them.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DEFAULTS = "shopfront-platform-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("shopfrontPlatformDefaults",
					new ClassPathResource(DEFAULTS))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEFAULTS, ex);
		}
	}

	// Before TracingExportEnvironmentPostProcessor, which reads a setting of these
	// defaults.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
