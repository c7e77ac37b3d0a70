package dev.shopfront.platform.kafka;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;

import dev.shopfront.platform.config.PlatformKafkaAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KAFKA_* security variables, bound as the services' application.yml binds them,
 * reach every Kafka client the services build.
 */
class KafkaSaslSettingsTest {

	// The shared conversion service reads "200ms" as a Duration, as in a running service.
	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer((context) -> context.getBeanFactory()
			.setConversionService(ApplicationConversionService.getSharedInstance()))
		.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PlatformKafkaAutoConfiguration.class))
		.withPropertyValues("spring.kafka.bootstrap-servers=localhost:1",
				"spring.kafka.security.protocol=${KAFKA_SECURITY_PROTOCOL:PLAINTEXT}",
				"shopfront.kafka.sasl.mechanism=${KAFKA_SASL_MECHANISM:SCRAM-SHA-512}",
				"shopfront.kafka.sasl.username=${KAFKA_SASL_USERNAME:}",
				"shopfront.kafka.sasl.password=${KAFKA_SASL_PASSWORD:}", "management.health.kafka.enabled=false");

	@Test
	void saslSslLoginReachesProducerConsumerAndAdmin() {
		this.context
			.withPropertyValues("KAFKA_SECURITY_PROTOCOL=SASL_SSL", "KAFKA_SASL_USERNAME=product-service",
					"KAFKA_SASL_PASSWORD=s3cr\"et")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				for (Map<String, Object> config : new Map[] {
						context.getBean(ProducerFactory.class).getConfigurationProperties(),
						context.getBean(ConsumerFactory.class).getConfigurationProperties(),
						context.getBean(KafkaAdmin.class).getConfigurationProperties() }) {
					assertThat(config).containsEntry("security.protocol", "SASL_SSL")
						.containsEntry("sasl.mechanism", "SCRAM-SHA-512")
						.containsEntry("sasl.jaas.config",
								"org.apache.kafka.common.security.scram.ScramLoginModule required "
										+ "username=\"product-service\" password=\"s3cr\\\"et\";");
				}
			});
	}

	@Test
	void plaintextByDefaultWithoutAnyLogin() {
		this.context.run((context) -> {
			Map<String, Object> config = context.getBean(ProducerFactory.class).getConfigurationProperties();
			assertThat(config).containsEntry("security.protocol", "PLAINTEXT")
				.doesNotContainKeys("sasl.mechanism", "sasl.jaas.config");
		});
	}

	@Test
	void saslWithoutCredentialsStopsTheStart() {
		this.context.withPropertyValues("KAFKA_SECURITY_PROTOCOL=SASL_SSL")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"));
	}

	@Test
	void unknownMechanismStopsTheStart() {
		this.context
			.withPropertyValues("KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM=GSSAPI",
					"KAFKA_SASL_USERNAME=u", "KAFKA_SASL_PASSWORD=p")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("KAFKA_SASL_MECHANISM must be one of"));
	}

}
