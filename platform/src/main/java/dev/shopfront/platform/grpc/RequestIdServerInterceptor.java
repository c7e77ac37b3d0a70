package dev.shopfront.platform.grpc;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

import dev.shopfront.platform.requestid.RequestId;

/**
 * Puts the caller's {@code x-request-id} metadata (or a new id) in the MDC for every
 * callback of the call, since gRPC may run them on different threads.
 */
public class RequestIdServerInterceptor implements ServerInterceptor {

	static final Metadata.Key<String> KEY = Metadata.Key.of(RequestId.GRPC_KEY, Metadata.ASCII_STRING_MARSHALLER);

	@Override
	public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
			ServerCallHandler<Q, R> next) {
		String requestId = RequestId.acceptOrGenerate(headers.get(KEY));
		ServerCall.Listener<Q> delegate;
		try (RequestId.Scope scope = RequestId.open(requestId)) {
			delegate = next.startCall(call, headers);
		}
		return new SimpleForwardingServerCallListener<>(delegate) {

			@Override
			public void onMessage(Q message) {
				try (RequestId.Scope scope = RequestId.open(requestId)) {
					super.onMessage(message);
				}
			}

			@Override
			public void onHalfClose() {
				try (RequestId.Scope scope = RequestId.open(requestId)) {
					super.onHalfClose();
				}
			}

			@Override
			public void onCancel() {
				try (RequestId.Scope scope = RequestId.open(requestId)) {
					super.onCancel();
				}
			}

			@Override
			public void onComplete() {
				try (RequestId.Scope scope = RequestId.open(requestId)) {
					super.onComplete();
				}
			}

		};
	}

}
