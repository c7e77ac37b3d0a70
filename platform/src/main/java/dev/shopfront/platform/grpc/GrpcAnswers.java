package dev.shopfront.platform.grpc;

import java.util.function.Supplier;

import io.grpc.stub.StreamObserver;

/**
 * Answers a unary gRPC call with one message. A refusal thrown while computing the answer
 * is left to propagate, so the service's {@link GrpcRefusals} turns it into a status and
 * no half answer is sent.
 */
public final class GrpcAnswers {

	private GrpcAnswers() {
	}

	/** Sends what {@code call} computes and completes the call. */
	public static <T> void answer(StreamObserver<T> responses, Supplier<T> call) {
		responses.onNext(call.get());
		responses.onCompleted();
	}

}
