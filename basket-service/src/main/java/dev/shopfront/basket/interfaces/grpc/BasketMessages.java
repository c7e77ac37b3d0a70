package dev.shopfront.basket.interfaces.grpc;

import dev.shopfront.basket.application.query.BasketView;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.common.LineItems;
import dev.shopfront.proto.common.v1.LineItem;
import dev.shopfront.proto.time.ProtoTimestamps;

/**
 * Translates the application's basket records into the basket protobuf messages.
 */
final class BasketMessages {

	private BasketMessages() {
	}

	static Basket toMessage(BasketView view) {
		Basket.Builder basket = Basket.newBuilder().setUserId(view.userId()).setTotal(view.total().toPlainString());
		if (view.id() != null) {
			basket.setId(view.id());
		}
		if (view.createdAt() != null) {
			basket.setCreatedAt(ProtoTimestamps.from(view.createdAt()))
				.setUpdatedAt(ProtoTimestamps.from(view.updatedAt()));
		}
		view.items().forEach((item) -> basket.addItems(toMessage(item)));
		return basket.build();
	}

	static LineItem toMessage(BasketView.Item item) {
		return LineItems.of(item.productId(), item.name(), item.quantity(), item.price(), item.subtotal(),
				item.category());
	}

}
