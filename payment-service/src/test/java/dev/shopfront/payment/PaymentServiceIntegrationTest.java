package dev.shopfront.payment;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.junit.jupiter.api.AfterAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;
import dev.shopfront.platform.grpc.auth.TokenClientInterceptor;
import dev.shopfront.proto.payment.v1.PaymentServiceGrpc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the integration tests: the whole service on real MariaDB and Kafka with real
 * gRPC basket and product peers, one Spring context shared by every subclass.
 */
@LocalEngines({ Engine.MARIADB, Engine.KAFKA })
@SpringBootTest(properties = { "spring.grpc.server.port=0", "GRPC_AUTH_TOKEN=test-grpc-token-0123456789",
		"shopfront.outbox.poll-interval=100ms", "shopfront.outbox.send-timeout=1s",
		// As an operator shows them on a private instance: the tests check which
		// indicators run.
		"management.endpoint.health.show-components=always",
		// Recorded spans reach the test's in-memory exporter without the default 5 s
		// wait.
		"management.opentelemetry.tracing.export.schedule-delay=50ms" })
@AutoConfigureMockMvc
@Import({ PaymentServiceIntegrationTest.GrpcPort.class, PaymentServiceIntegrationTest.RecordedSpans.class })
abstract class PaymentServiceIntegrationTest {

	private static ManagedChannel channel;

	protected static final Peers peers = Peers.INSTANCE;

	private static final AtomicLong products = new AtomicLong(100);

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected GrpcPort grpcPort;

	@Autowired
	protected TokenClientInterceptor serviceToken;

	/** A stub of this service's own gRPC server, calling as a peer service does. */
	protected PaymentServiceGrpc.PaymentServiceBlockingStub grpc() {
		synchronized (PaymentServiceIntegrationTest.class) {
			if (channel == null) {
				channel = ManagedChannelBuilder.forAddress("localhost", this.grpcPort.port.get())
					.usePlaintext()
					.intercept(this.serviceToken)
					.build();
			}
		}
		return PaymentServiceGrpc.newBlockingStub(channel);
	}

	@AfterAll
	static void closeChannel() {
		// The context outlives a test class; the channel is reopened lazily by the next
		// one.
		synchronized (PaymentServiceIntegrationTest.class) {
			if (channel != null) {
				channel.shutdownNow();
				channel = null;
			}
		}
	}

	@DynamicPropertySource
	static void grpcPeers(DynamicPropertyRegistry registry) {
		peers.start();
		registry.add("BASKET_SERVICE_URL", peers::address);
		registry.add("PRODUCT_SERVICE_URL", peers::address);
	}

	protected static String user() {
		return "u-" + System.nanoTime();
	}

	protected static long product(int stock) {
		long id = products.incrementAndGet();
		peers.stock.set(id, stock);
		return id;
	}

	protected ResultActions createPayment(String user, String method) throws Exception {
		return this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"user_id\": \"%s\", \"currency\": \"EUR\", \"method\": \"%s\", \"provider\": \"simulated\"}"
				.formatted(user, method)));
	}

	protected static String idOf(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
	}

	/** Every span the service ends, kept in memory for the tracing tests. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RecordedSpans {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class GrpcPort {

		final AtomicInteger port = new AtomicInteger();

		@EventListener
		void started(GrpcServerStartedEvent event) {
			this.port.set(event.getPort());
		}

	}

}
