package dev.shopfront.platform.kafka;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Adds the {@link KafkaSasl} login to {@code spring.kafka.properties} once Boot has bound
 * them, so producers, consumers, the admin client and the dead-letter publisher, which
 * are all built from {@link KafkaProperties}, log in alike. Reads
 * {@code spring.kafka.security.protocol} and {@code shopfront.kafka.sasl.*}.
 */
public class KafkaSaslPostProcessor implements BeanPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof KafkaProperties properties) {
			KafkaSasl sasl = new KafkaSasl(properties.getSecurity().getProtocol(),
					this.environment.getProperty("shopfront.kafka.sasl.mechanism"),
					this.environment.getProperty("shopfront.kafka.sasl.username"),
					this.environment.getProperty("shopfront.kafka.sasl.password"));
			properties.getProperties().putAll(sasl.clientProperties());
		}
		return bean;
	}

}
