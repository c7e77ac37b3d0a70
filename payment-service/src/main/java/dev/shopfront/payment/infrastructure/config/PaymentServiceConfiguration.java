package dev.shopfront.payment.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.shopfront.payment.application.command.CancelPaymentHandler;
import dev.shopfront.payment.application.command.CreatePaymentHandler;
import dev.shopfront.payment.application.command.ExpirePaymentsHandler;
import dev.shopfront.payment.application.command.ForgetExpiredKeysHandler;
import dev.shopfront.payment.application.command.ProcessPaymentHandler;
import dev.shopfront.payment.application.command.RefundPaymentHandler;
import dev.shopfront.payment.application.query.PaymentQueries;
import dev.shopfront.payment.domain.BasketReader;
import dev.shopfront.payment.domain.PaymentProvider;
import dev.shopfront.payment.domain.Payments;
import dev.shopfront.payment.domain.StockReservations;
import dev.shopfront.payment.infrastructure.client.BasketReaderGrpcClient;
import dev.shopfront.payment.infrastructure.client.StockReservationsGrpcClient;
import dev.shopfront.payment.infrastructure.messaging.JdbcOutbox;
import dev.shopfront.payment.infrastructure.messaging.OutboxAgeGauge;
import dev.shopfront.payment.infrastructure.messaging.OutboxRelay;
import dev.shopfront.payment.infrastructure.messaging.OutboxRelayLock;
import dev.shopfront.payment.infrastructure.messaging.PaymentEventMessages;
import dev.shopfront.payment.infrastructure.persistence.JdbcPaymentQueries;
import dev.shopfront.payment.infrastructure.persistence.JdbcPayments;
import dev.shopfront.payment.infrastructure.provider.MeteredPaymentProvider;
import dev.shopfront.payment.infrastructure.provider.SimulatedPaymentProvider;
import dev.shopfront.platform.grpc.client.GrpcClients;
import dev.shopfront.platform.tracing.StoredTraceContext;

/**
 * Wires the use cases to MariaDB, the outbox, the gRPC peers and the simulated provider
 * with plain constructors.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentServiceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	JdbcOutbox outbox(JdbcClient jdbc, Clock clock, StoredTraceContext traces) {
		return new JdbcOutbox(jdbc, clock, traces);
	}

	@Bean
	Payments payments(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, JdbcOutbox outbox,
			Clock clock) {
		return new JdbcPayments(jdbc, transactions, json, outbox, new PaymentEventMessages(clock));
	}

	@Bean
	PaymentQueries paymentQueries(JdbcClient jdbc, JsonMapper json) {
		return new JdbcPaymentQueries(jdbc, json);
	}

	@Bean
	BasketReader basketReader(GrpcClients clients) {
		return new BasketReaderGrpcClient(clients);
	}

	@Bean
	StockReservations stockReservations(GrpcClients clients) {
		return new StockReservationsGrpcClient(clients);
	}

	@Bean
	PaymentProvider paymentProvider(MeterRegistry meters) {
		return new MeteredPaymentProvider(new SimulatedPaymentProvider(), meters);
	}

	@Bean
	OutboxAgeGauge outboxAgeGauge(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		return OutboxAgeGauge.register(jdbc, clock, meters);
	}

	@Bean
	CreatePaymentHandler createPaymentHandler(Payments payments, BasketReader baskets, StockReservations stock,
			Clock clock, @Value("${shopfront.payment.time-to-pay}") Duration timeToPay,
			@Value("${shopfront.payment.currency}") String currency,
			@Value("${shopfront.payment.idempotency-key-ttl}") Duration keyLifetime) {
		return new CreatePaymentHandler(payments, baskets, stock, clock,
				new CreatePaymentHandler.Settings(timeToPay, currency, keyLifetime));
	}

	@Bean
	ForgetExpiredKeysHandler forgetExpiredKeysHandler(Payments payments, Clock clock) {
		return new ForgetExpiredKeysHandler(payments, clock);
	}

	@Bean
	ProcessPaymentHandler processPaymentHandler(Payments payments, PaymentProvider provider, Clock clock) {
		return new ProcessPaymentHandler(payments, provider, clock);
	}

	@Bean
	CancelPaymentHandler cancelPaymentHandler(Payments payments, Clock clock) {
		return new CancelPaymentHandler(payments, clock);
	}

	@Bean
	RefundPaymentHandler refundPaymentHandler(Payments payments, Clock clock) {
		return new RefundPaymentHandler(payments, clock);
	}

	@Bean
	ExpirePaymentsHandler expirePaymentsHandler(Payments payments, Clock clock) {
		return new ExpirePaymentsHandler(payments, clock);
	}

	// The relay sends the stored JSON as it is; idempotent producer, and bounded waits so
	// a down broker delays the relay instead of blocking it.
	@Bean
	OutboxRelay outboxRelay(JdbcOutbox outbox, DataSource dataSource, KafkaProperties kafka, StoredTraceContext traces,
			ObservationRegistry observations, MeterRegistry meters,
			@Value("${shopfront.outbox.batch-size}") int batchSize,
			@Value("${shopfront.outbox.send-timeout}") Duration sendTimeout) {
		Map<String, Object> config = kafka.buildProducerProperties();
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout.toMillis());
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis() * 2);
		KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
				new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
		// Not a bean, so given the registry itself: each send is a span that puts the
		// trace
		// context in the record's headers.
		template.setObservationRegistry(observations);
		template.setObservationEnabled(true);
		return new OutboxRelay(outbox, new OutboxRelayLock(dataSource), template, traces, meters, batchSize,
				sendTimeout.toMillis() * 2);
	}

}
