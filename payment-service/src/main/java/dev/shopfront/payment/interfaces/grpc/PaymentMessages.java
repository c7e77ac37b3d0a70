package dev.shopfront.payment.interfaces.grpc;

import dev.shopfront.payment.application.query.PaymentView;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.payment.domain.UserId;
import dev.shopfront.proto.common.LineItems;
import dev.shopfront.proto.common.v1.LineItem;
import dev.shopfront.proto.payment.v1.CreatePaymentRequest;
import dev.shopfront.proto.payment.v1.Payment;
import dev.shopfront.proto.time.ProtoTimestamps;

/**
 * Translates between the payment protobuf messages and the application's records.
 */
final class PaymentMessages {

	private PaymentMessages() {
	}

	static PaymentRequest request(CreatePaymentRequest request) {
		return new PaymentRequest(new UserId(request.getUserId()), request.getCurrency(), request.getMethod(),
				request.getProvider(), request.getDescription(), request.getMetadataMap());
	}

	/** The client's key, or one derived from the request when the client sent none. */
	static IdempotencyKey key(CreatePaymentRequest request, PaymentRequest payment) {
		return IdempotencyKey.of(request.getIdempotencyKey().isEmpty() ? null : request.getIdempotencyKey(), payment);
	}

	static Payment toMessage(PaymentView view) {
		Payment.Builder payment = Payment.newBuilder()
			.setId(view.id())
			.setUserId(view.userId())
			.setAmount(view.amount().toPlainString())
			.setCurrency(view.currency())
			.setStatus(view.status())
			.setMethod(view.method())
			.setProvider(view.provider())
			.putAllMetadata(view.metadata())
			.setCreatedAt(ProtoTimestamps.from(view.createdAt()))
			.setUpdatedAt(ProtoTimestamps.from(view.updatedAt()))
			.setExpiresAt(ProtoTimestamps.from(view.expiresAt()));
		if (view.basketId() != null) {
			payment.setBasketId(view.basketId());
		}
		if (view.providerId() != null) {
			payment.setProviderId(view.providerId());
		}
		if (view.description() != null) {
			payment.setDescription(view.description());
		}
		if (view.processedAt() != null) {
			payment.setProcessedAt(ProtoTimestamps.from(view.processedAt()));
		}
		view.items().forEach((item) -> payment.addItems(toMessage(item)));
		return payment.build();
	}

	static LineItem toMessage(PaymentView.Item item) {
		return LineItems.of(item.productId(), item.name(), item.quantity(), item.price(), item.subtotal(),
				item.category());
	}

}
