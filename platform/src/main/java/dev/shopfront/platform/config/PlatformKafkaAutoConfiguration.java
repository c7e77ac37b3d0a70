package dev.shopfront.platform.config;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

import dev.shopfront.platform.kafka.DeadLetterRecords;
import dev.shopfront.platform.kafka.EventErrorHandling;
import dev.shopfront.platform.kafka.KafkaHealthIndicator;
import dev.shopfront.platform.kafka.KafkaSaslPostProcessor;
import dev.shopfront.platform.kafka.RequestIdRecordInterceptor;

/**
 * The Kafka conventions of every service: the SASL login when the security protocol asks
 * for one, request ids from record headers, a dead-letter topic after bounded retries
 * (counted in {@code dead_letter_records_total{topic,reason}}, which alerts read), and
 * Kafka in the readiness check.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaAdmin.class)
public class PlatformKafkaAutoConfiguration {

	// Static: a post-processor must not pull this configuration in early.
	@Bean
	static KafkaSaslPostProcessor kafkaSaslPostProcessor() {
		return new KafkaSaslPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean
	RequestIdRecordInterceptor requestIdRecordInterceptor() {
		return new RequestIdRecordInterceptor();
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetterRecords deadLetterRecords(ObjectProvider<MeterRegistry> meters) {
		return new DeadLetterRecords(meters.getIfAvailable(() -> Metrics.globalRegistry));
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	CommonErrorHandler deadLetteringErrorHandler(KafkaProperties properties, DeadLetterRecords deadLetters,
			@Value("${shopfront.kafka.retry.initial-interval:200ms}") Duration initialInterval,
			@Value("${shopfront.kafka.retry.max-retries:3}") int maxRetries) {
		DefaultErrorHandler handler = EventErrorHandling.deadLetteringErrorHandler(properties.buildProducerProperties(),
				initialInterval.toMillis(), maxRetries);
		handler.setRetryListeners(deadLetters);
		return handler;
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnBean(KafkaAdmin.class)
	@ConditionalOnEnabledHealthIndicator("kafka")
	@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin,
			@Value("${shopfront.kafka.health-timeout:2s}") Duration timeout) {
		return new KafkaHealthIndicator(kafkaAdmin, timeout);
	}

}
