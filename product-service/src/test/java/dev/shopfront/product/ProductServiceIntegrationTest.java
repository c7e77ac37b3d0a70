package dev.shopfront.product;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.AfterAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;
import dev.shopfront.platform.grpc.auth.TokenClientInterceptor;
import dev.shopfront.product.domain.ProductDetails;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.Products;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;

/**
 * Base of the integration tests: the whole service on real PostgreSQL and Kafka, one
 * Spring context shared by every subclass (same configuration), and a gRPC channel to its
 * server.
 */
@LocalEngines({ Engine.POSTGRES, Engine.KAFKA })
@SpringBootTest(properties = { "spring.grpc.server.port=0", "GRPC_AUTH_TOKEN=test-grpc-token-0123456789",
		"shopfront.kafka.retry.initial-interval=50ms", "shopfront.stock.reservation-check-interval=300ms",
		// As an operator shows them on a private instance: the tests check which
		// indicators run.
		"management.endpoint.health.show-components=always" })
@AutoConfigureMockMvc
@Import(ProductServiceIntegrationTest.GrpcPort.class)
abstract class ProductServiceIntegrationTest {

	private static ManagedChannel channel;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Products products;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected GrpcPort grpcPort;

	@Autowired
	protected TokenClientInterceptor serviceToken;

	protected ProductServiceGrpc.ProductServiceBlockingStub grpc() {
		synchronized (ProductServiceIntegrationTest.class) {
			if (channel == null) {
				channel = ManagedChannelBuilder.forAddress("localhost", this.grpcPort.port.get())
					.usePlaintext()
					.intercept(this.serviceToken)
					.build();
			}
		}
		return ProductServiceGrpc.newBlockingStub(channel);
	}

	protected long productWithStock(int stock) {
		return productWithStock(stock, new BigDecimal("9.99"), "test");
	}

	protected long productWithStock(int stock, BigDecimal price, String category) {
		return this.products.add(new ProductDetails("Product " + System.nanoTime(), "", price, stock, category, ""))
			.id()
			.value();
	}

	protected int stockOf(long productId) {
		return this.products.find(new ProductId(productId)).orElseThrow().details().stockQuantity();
	}

	@AfterAll
	static void closeChannel() {
		// The context outlives a test class; the channel is reopened lazily by the next
		// one.
		synchronized (ProductServiceIntegrationTest.class) {
			if (channel != null) {
				channel.shutdownNow();
				channel = null;
			}
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
