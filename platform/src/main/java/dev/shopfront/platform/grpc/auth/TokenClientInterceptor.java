package dev.shopfront.platform.grpc.auth;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Adds the shared {@link GrpcCallToken} to every call this service makes to another.
 */
public class TokenClientInterceptor implements ClientInterceptor {

	private final GrpcCallToken token;

	public TokenClientInterceptor(GrpcCallToken token) {
		this.token = token;
	}

	@Override
	public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
		return new SimpleForwardingClientCall<>(next.newCall(method, options)) {

			@Override
			public void start(Listener<R> listener, Metadata headers) {
				TokenClientInterceptor.this.token.addTo(headers);
				super.start(listener, headers);
			}

		};
	}

}
