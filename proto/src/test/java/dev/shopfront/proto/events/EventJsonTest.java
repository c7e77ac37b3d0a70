package dev.shopfront.proto.events;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.Test;

import dev.shopfront.proto.events.v1.BasketCleared;
import dev.shopfront.proto.common.v1.LineItem;
import dev.shopfront.proto.events.v1.PaymentCompleted;
import dev.shopfront.proto.events.v1.StockUpdated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

	private final EventJsonSerializer serializer = new EventJsonSerializer();

	private final EventJsonDeserializer deserializer = new EventJsonDeserializer();

	@Test
	void writesSnakeCaseFieldNamesAndDecimalStrings() {
		StockUpdated event = StockUpdated.newBuilder()
			.setEventId("e-1")
			.setEventType("stock.updated")
			.setTimestamp(Timestamp.newBuilder().setSeconds(1_700_000_000L))
			.setProductId(42)
			.setQuantity(3)
			.setOperation("decrease")
			.setReservationId("pay-1")
			.build();

		String json = new String(this.serializer.serialize(Topics.STOCK_EVENTS, event), StandardCharsets.UTF_8);

		assertThat(json).isEqualTo("{\"event_id\":\"e-1\",\"event_type\":\"stock.updated\","
				+ "\"timestamp\":\"2023-11-14T22:13:20Z\",\"product_id\":\"42\",\"quantity\":3,"
				+ "\"operation\":\"decrease\",\"reservation_id\":\"pay-1\"}");
	}

	@Test
	void readsBackTheMessageTypeNamedByEventType() {
		PaymentCompleted event = PaymentCompleted.newBuilder()
			.setEventId("e-2")
			.setEventType(EventCatalog.PAYMENT_COMPLETED.type())
			.setPaymentId("pay-2")
			.setAmount("59.97")
			.addItems(LineItem.newBuilder().setProductId(7).setQuantity(3).setPrice("19.99").setSubtotal("59.97"))
			.build();

		Message read = this.deserializer.deserialize(Topics.PAYMENT_EVENTS,
				this.serializer.serialize(Topics.PAYMENT_EVENTS, event));

		assertThat(read).isInstanceOf(PaymentCompleted.class).isEqualTo(event);
		assertThat(((PaymentCompleted) read).getAmount()).isEqualTo("59.97");
	}

	@Test
	void ignoresFieldsAddedByNewerProducers() {
		byte[] json = "{\"event_id\":\"e-3\",\"event_type\":\"basket.cleared\",\"user_id\":\"u1\",\"added_later\":1}"
			.getBytes(StandardCharsets.UTF_8);

		Message read = this.deserializer.deserialize(Topics.BASKET_EVENTS, json);

		assertThat(read).isInstanceOf(BasketCleared.class);
		assertThat(((BasketCleared) read).getUserId()).isEqualTo("u1");
	}

	@Test
	void rejectsUnknownEventType() {
		byte[] json = "{\"event_id\":\"e-4\",\"event_type\":\"stock.teleported\"}".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.deserializer.deserialize(Topics.STOCK_EVENTS, json))
			.isInstanceOf(MalformedEventException.class)
			.hasMessageContaining("event_type");
	}

	@Test
	void rejectsTextThatIsNotJson() {
		byte[] json = "not json at all".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.deserializer.deserialize(Topics.STOCK_EVENTS, json))
			.isInstanceOf(MalformedEventException.class);
	}

	@Test
	void rejectsFieldOfTheWrongType() {
		byte[] json = "{\"event_type\":\"stock.updated\",\"quantity\":\"many\"}".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.deserializer.deserialize(Topics.STOCK_EVENTS, json))
			.isInstanceOf(MalformedEventException.class)
			.hasMessageContaining("stock.updated");
	}

	@Test
	void refusesToWriteAnEventWithoutItsType() {
		StockUpdated untyped = StockUpdated.newBuilder().setEventId("e-5").build();

		assertThatIllegalArgumentException().isThrownBy(() -> this.serializer.serialize(Topics.STOCK_EVENTS, untyped))
			.withMessageContaining("StockUpdated");
	}

	@Test
	void refusesAnEventTypeThatBelongsToAnotherMessage() {
		StockUpdated mislabelled = StockUpdated.newBuilder().setEventType("basket.cleared").build();

		assertThatIllegalArgumentException().isThrownBy(() -> EventCatalog.of(mislabelled));
	}

}
