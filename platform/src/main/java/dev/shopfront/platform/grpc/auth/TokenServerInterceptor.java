package dev.shopfront.platform.grpc.auth;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Refuses, with UNAUTHENTICATED, every call that does not carry the shared
 * {@link GrpcCallToken}; the service never sees such a call.
 */
public class TokenServerInterceptor implements ServerInterceptor {

	private final GrpcCallToken token;

	public TokenServerInterceptor(GrpcCallToken token) {
		this.token = token;
	}

	@Override
	public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
			ServerCallHandler<Q, R> next) {
		if (!this.token.isCarriedBy(headers)) {
			call.close(Status.UNAUTHENTICATED.withDescription("missing or wrong service token"), new Metadata());
			return new ServerCall.Listener<>() {
			};
		}
		return next.startCall(call, headers);
	}

}
