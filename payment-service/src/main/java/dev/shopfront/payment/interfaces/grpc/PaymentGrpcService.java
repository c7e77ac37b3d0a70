package dev.shopfront.payment.interfaces.grpc;

import java.util.function.Supplier;

import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

import dev.shopfront.payment.application.command.CreatePaymentCommand;
import dev.shopfront.payment.application.command.CreatePaymentHandler;
import dev.shopfront.payment.application.command.ProcessPaymentCommand;
import dev.shopfront.payment.application.command.ProcessPaymentHandler;
import dev.shopfront.payment.application.query.PaymentQueries;
import dev.shopfront.payment.application.query.PaymentView;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.proto.payment.v1.CreatePaymentRequest;
import dev.shopfront.proto.payment.v1.GetPaymentRequest;
import dev.shopfront.proto.payment.v1.Payment;
import dev.shopfront.proto.payment.v1.PaymentItem;
import dev.shopfront.proto.payment.v1.PaymentServiceGrpc;
import dev.shopfront.proto.payment.v1.ProcessPaymentRequest;
import dev.shopfront.proto.time.ProtoTimestamps;

/**
 * Payments over gRPC. Domain refusals become statuses in
 * {@link PaymentGrpcExceptionHandler}.
 */
@Service
class PaymentGrpcService extends PaymentServiceGrpc.PaymentServiceImplBase {

	private final CreatePaymentHandler create;

	private final ProcessPaymentHandler process;

	private final PaymentQueries queries;

	PaymentGrpcService(CreatePaymentHandler create, ProcessPaymentHandler process, PaymentQueries queries) {
		this.create = create;
		this.process = process;
		this.queries = queries;
	}

	@Override
	public void createPayment(CreatePaymentRequest request, StreamObserver<Payment> responses) {
		answer(responses, () -> {
			PaymentRequest payment = new PaymentRequest(request.getUserId(), request.getCurrency(), request.getMethod(),
					request.getProvider(), request.getDescription(), request.getMetadataMap());
			IdempotencyKey key = IdempotencyKey
				.of(request.getIdempotencyKey().isEmpty() ? null : request.getIdempotencyKey(), payment);
			return message(this.create.handle(new CreatePaymentCommand(payment, key)));
		});
	}

	@Override
	public void getPayment(GetPaymentRequest request, StreamObserver<Payment> responses) {
		answer(responses, () -> message(request.getId()));
	}

	@Override
	public void processPayment(ProcessPaymentRequest request, StreamObserver<Payment> responses) {
		answer(responses, () -> message(this.process.handle(new ProcessPaymentCommand(request.getId()))));
	}

	private Payment message(String id) {
		PaymentView view = this.queries.byId(id)
			.orElseThrow(() -> new PaymentNotFoundException("payment %s does not exist".formatted(id)));
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
		view.items()
			.forEach((item) -> payment.addItems(PaymentItem.newBuilder()
				.setProductId(item.productId())
				.setName(item.name())
				.setQuantity(item.quantity())
				.setPrice(item.price().toPlainString())
				.setSubtotal(item.subtotal().toPlainString())
				.setCategory(item.category())));
		return payment.build();
	}

	private static <T> void answer(StreamObserver<T> responses, Supplier<T> call) {
		responses.onNext(call.get());
		responses.onCompleted();
	}

}
