package dev.shopfront.payment;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the integration tests: the whole service on real MariaDB and Kafka with real
 * gRPC basket and product peers, one Spring context shared by every subclass.
 */
@LocalEngines({ Engine.MARIADB, Engine.KAFKA })
@SpringBootTest(properties = { "spring.grpc.server.port=0", "shopfront.outbox.poll-interval=100ms",
		"shopfront.outbox.send-timeout=1s",
		// As an operator shows them on a private instance: the tests check which
		// indicators run.
		"management.endpoint.health.show-components=always" })
@AutoConfigureMockMvc
abstract class PaymentServiceIntegrationTest {

	protected static final Peers peers = Peers.INSTANCE;

	private static final AtomicLong products = new AtomicLong(100);

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

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

}
