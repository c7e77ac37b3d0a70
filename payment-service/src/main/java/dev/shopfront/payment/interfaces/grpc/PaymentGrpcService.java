package dev.shopfront.payment.interfaces.grpc;

import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

import dev.shopfront.payment.application.command.CreatePaymentCommand;
import dev.shopfront.payment.application.command.CreatePaymentHandler;
import dev.shopfront.payment.application.command.ProcessPaymentCommand;
import dev.shopfront.payment.application.command.ProcessPaymentHandler;
import dev.shopfront.payment.application.query.PaymentQueries;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.proto.payment.v1.CreatePaymentRequest;
import dev.shopfront.proto.payment.v1.GetPaymentRequest;
import dev.shopfront.proto.payment.v1.Payment;
import dev.shopfront.proto.payment.v1.PaymentServiceGrpc;
import dev.shopfront.proto.payment.v1.ProcessPaymentRequest;

import static dev.shopfront.platform.grpc.GrpcAnswers.answer;

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
			PaymentRequest payment = PaymentMessages.request(request);
			return message(
					this.create.handle(new CreatePaymentCommand(payment, PaymentMessages.key(request, payment))));
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
		return this.queries.byId(id)
			.map(PaymentMessages::toMessage)
			.orElseThrow(() -> new PaymentNotFoundException("payment %s does not exist".formatted(id)));
	}

}
