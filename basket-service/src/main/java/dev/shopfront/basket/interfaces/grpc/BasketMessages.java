package dev.shopfront.basket.interfaces.grpc;

import dev.shopfront.basket.application.query.BasketView;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.basket.v1.BasketItem;
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

	static BasketItem toMessage(BasketView.Item item) {
		return BasketItem.newBuilder()
			.setProductId(item.productId())
			.setName(item.name())
			.setQuantity(item.quantity())
			.setPrice(item.price().toPlainString())
			.setSubtotal(item.subtotal().toPlainString())
			.setCategory(item.category())
			.build();
	}

}
