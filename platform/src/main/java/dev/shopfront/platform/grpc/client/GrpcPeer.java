package dev.shopfront.platform.grpc.client;

import java.util.function.Function;

/**
 * One peer as a client adapter sees it: a stub over the peer's channel (with the peer's
 * deadline) and the guards every call to the peer passes (its circuit breaker and retry).
 * Obtained from {@link GrpcClients#peer}, so no adapter wires channel, stub and guards
 * itself.
 *
 * @param <S> the stub type
 */
public final class GrpcPeer<S> {

	private final S stub;

	private final ResilientGrpcCalls calls;

	GrpcPeer(S stub, ResilientGrpcCalls calls) {
		this.stub = stub;
		this.calls = calls;
	}

	/**
	 * A call that may safely be repeated: retried on transient failures.
	 * @see ResilientGrpcCalls#idempotent
	 */
	public <T> T idempotent(Function<S, T> call) {
		return this.calls.idempotent(() -> call.apply(this.stub));
	}

	/**
	 * A call that must not be repeated: made at most once.
	 * @see ResilientGrpcCalls#once
	 */
	public <T> T once(Function<S, T> call) {
		return this.calls.once(() -> call.apply(this.stub));
	}

}
