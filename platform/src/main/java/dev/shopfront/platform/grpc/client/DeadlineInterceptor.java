package dev.shopfront.platform.grpc.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;

/**
 * Gives every call on a channel a deadline unless the caller set a tighter one, so no
 * call can hang on a peer that stopped answering.
 */
public class DeadlineInterceptor implements ClientInterceptor {

	private final Duration deadline;

	public DeadlineInterceptor(Duration deadline) {
		this.deadline = deadline;
	}

	@Override
	public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
		CallOptions bounded = (options.getDeadline() != null) ? options
				: options.withDeadlineAfter(this.deadline.toMillis(), TimeUnit.MILLISECONDS);
		return next.newCall(method, bounded);
	}

}
