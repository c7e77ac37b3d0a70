package dev.shopfront.platform.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

import dev.shopfront.platform.requestid.RequestId;

/**
 * Passes the current request id on to the called service as {@code x-request-id}
 * metadata.
 */
public class RequestIdClientInterceptor implements ClientInterceptor {

	@Override
	public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
		return new SimpleForwardingClientCall<>(next.newCall(method, options)) {

			@Override
			public void start(Listener<R> listener, Metadata headers) {
				RequestId.current().ifPresent((id) -> headers.put(RequestIdServerInterceptor.KEY, id));
				super.start(listener, headers);
			}

		};
	}

}
