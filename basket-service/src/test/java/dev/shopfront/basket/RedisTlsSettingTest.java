package dev.shopfront.basket;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REDIS_SSL, read through the service's own application.yml, turns TLS on for the Redis
 * connection (ElastiCache with in-transit encryption refuses plain connections).
 */
class RedisTlsSettingTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
		.withInitializer((context) -> {
			try {
				new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
					.forEach(context.getEnvironment().getPropertySources()::addLast);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});

	@Test
	void redisSslTurnsTlsOn() {
		this.context.withPropertyValues("REDIS_SSL=true")
			.run((context) -> assertThat(context.getBean(LettuceConnectionFactory.class).isUseSsl()).isTrue());
	}

	@Test
	void plainConnectionByDefault() {
		this.context.run((context) -> assertThat(context.getBean(LettuceConnectionFactory.class).isUseSsl()).isFalse());
	}

}
