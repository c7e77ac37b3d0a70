package dev.shopfront.payment;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.PublishedRecords;
import dev.shopfront.proto.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One trace per request, across every hop the payment service makes: the caller's W3C
 * trace context continues through the HTTP request, its gRPC calls to basket and product,
 * its SQL, and the outbox, whose rows are published to Kafka inside the same trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingTest extends PaymentServiceIntegrationTest {

	@Autowired
	InMemorySpanExporter spans;

	@Test
	void aCheckoutsGrpcCallsAndQueriesContinueTheCallersTrace(CapturedOutput output) throws Exception {
		String user = user();
		long pen = product(10);
		peers.baskets.put(user, pen, "Pen", "19.99", 1);
		String traceId = newTraceId();
		String callerSpan = newSpanId();
		peers.traceParents.clear();

		this.mvc.perform(post("/payments").header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"user_id\": \"%s\", \"currency\": \"EUR\", \"method\": \"credit_card\", \"provider\": \"simulated\"}"
						.formatted(user)))
			.andExpect(status().isCreated());

		// The JSON log line of the request carries its trace id beside its request id.
		assertThat(output.getOut().lines().filter((line) -> line.contains("opened for user " + user))).singleElement()
			.satisfies((line) -> assertThat(line).contains("\"traceId\":\"" + traceId + "\"", "\"request_id\":"));

		// The peers received the trace on the wire, each call as a child of a client
		// span.
		assertThat(peers.traceParents).extracting(Map.Entry::getKey)
			.contains("shopfront.basket.v1.BasketService/GetBasket",
					"shopfront.product.v1.ProductService/ReserveStock");
		assertThat(peers.traceParents).extracting(Map.Entry::getValue)
			.allSatisfy((traceparent) -> assertThat(traceparent).startsWith("00-" + traceId + "-")
				.doesNotContain(callerSpan));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<SpanData> trace = spansOf(traceId);
			assertThat(trace).filteredOn((span) -> span.getKind() == SpanKind.SERVER)
				.singleElement()
				.satisfies((server) -> assertThat(server.getParentSpanId()).isEqualTo(callerSpan));
			assertThat(trace).filteredOn((span) -> span.getKind() == SpanKind.CLIENT)
				.extracting(SpanData::getName)
				.contains("shopfront.basket.v1.BasketService/GetBasket",
						"shopfront.product.v1.ProductService/ReserveStock");
			assertThat(trace).extracting(SpanData::getName).anyMatch((name) -> name.startsWith("query"));
		});
	}

	@Test
	void theEventsOfAPaymentArePublishedInTheTraceOfTheRequestThatCausedThem() throws Exception {
		String user = user();
		long pen = product(10);
		peers.baskets.put(user, pen, "Pen", "19.99", 2);
		String id = idOf(createPayment(user, "credit_card"));
		String traceId = newTraceId();

		this.mvc
			.perform(post("/payments/{id}/process", id).header("traceparent",
					"00-" + traceId + "-" + newSpanId() + "-01"))
			.andExpect(jsonPath("$.status").value("completed"));

		assertThat(this.jdbc.sql("SELECT trace_parent FROM outbox WHERE aggregate_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).hasSize(3).allSatisfy((stored) -> assertThat(stored).startsWith("00-" + traceId + "-"));
		List<ConsumerRecord<String, String>> records = recordsOf(id, 3);
		assertThat(records).extracting(ConsumerRecord::topic)
			.containsExactlyInAnyOrder(Topics.PAYMENT_EVENTS, Topics.STOCK_EVENTS, Topics.BASKET_EVENTS);
		assertThat(records).allSatisfy((record) -> {
			Header traceparent = record.headers().lastHeader("traceparent");
			assertThat(traceparent).as("traceparent header of %s", record.topic()).isNotNull();
			assertThat(new String(traceparent.value())).startsWith("00-" + traceId + "-");
		});
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(spansOf(traceId)).filteredOn((span) -> span.getKind() == SpanKind.PRODUCER)
				.extracting(SpanData::getName)
				// Only: a send that timed out under load is tried again, in the same
				// trace.
				.containsOnly(Topics.PAYMENT_EVENTS + " send", Topics.STOCK_EVENTS + " send",
						Topics.BASKET_EVENTS + " send"));
	}

	private List<SpanData> spansOf(String traceId) {
		return this.spans.getFinishedSpanItems().stream().filter((span) -> span.getTraceId().equals(traceId)).toList();
	}

	private static String newTraceId() {
		return HexFormat.of().formatHex(randomBytes(16));
	}

	private static String newSpanId() {
		return HexFormat.of().formatHex(randomBytes(8));
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

	private static List<ConsumerRecord<String, String>> recordsOf(String paymentId, int expected) {
		return PublishedRecords.read(LocalStack.shared().kafka(),
				List.of(Topics.PAYMENT_EVENTS, Topics.STOCK_EVENTS, Topics.BASKET_EVENTS),
				(record) -> record.value().contains(paymentId), expected);
	}

}
