package dev.shopfront.basket;

import java.time.Duration;
import java.util.UUID;

import com.google.protobuf.Message;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import dev.shopfront.proto.events.EventCatalog;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.BasketCleared;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BasketEventsTest extends BasketServiceIntegrationTest {

	@Autowired
	private KafkaTemplate<String, Message> kafka;

	private void add(String user, long product, int quantity) throws Exception {
		this.mvc
			.perform(post("/baskets/{user}/items", user).contentType(MediaType.APPLICATION_JSON)
				.content("{\"product_id\": " + product + ", \"quantity\": " + quantity + "}"))
			.andExpect(status().isOk());
	}

	private int itemCount(String user) throws Exception {
		String body = this.mvc.perform(get("/baskets/{user}", user)).andReturn().getResponse().getContentAsString();
		return Integer.parseInt(body.replaceAll(".*\"item_count\":(\\d+).*", "$1"));
	}

	@Test
	void basketClearedDeliveredTwiceClearsOnceAndKeepsWhatCameAfter() throws Exception {
		long cup = catalog.add("Cup", "7.50", "kitchen", 50);
		String user = user();
		add(user, cup, 3);
		BasketCleared event = BasketCleared.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(EventCatalog.BASKET_CLEARED.type())
			.setUserId(user)
			.setPaymentId("pay-1")
			.build();

		this.kafka.send(Topics.BASKET_EVENTS, user, event).join();
		await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(user) == 0);

		add(user, cup, 2);
		String other = user + "-x";
		add(other, cup, 1);
		this.kafka.send(Topics.BASKET_EVENTS, user, event).join();
		// Same record key, so same partition: once the marker is applied, the redelivery
		// was too.
		BasketCleared marker = event.toBuilder().setEventId(UUID.randomUUID().toString()).setUserId(other).build();
		this.kafka.send(Topics.BASKET_EVENTS, user, marker).join();
		await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(other) == 0);

		this.mvc.perform(get("/baskets/{user}", user)).andExpect(jsonPath("$.items[0].quantity").value(2));
	}

}
