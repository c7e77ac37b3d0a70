package dev.shopfront.platform.grpc;

import java.util.LinkedHashMap;
import java.util.Map;

import io.grpc.Status;
import io.grpc.StatusException;

import org.springframework.grpc.server.exception.GrpcExceptionHandler;

/**
 * A service's refusals as gRPC statuses: each service lists its domain exceptions and the
 * status each one means, once; the exception's message becomes the description. Any other
 * exception is left to the default handling (INTERNAL), so a bug is never reported as the
 * caller's fault.
 */
public class GrpcRefusals implements GrpcExceptionHandler {

	private final Map<Class<? extends Throwable>, Status.Code> codes = new LinkedHashMap<>();

	/** Answers the given refusals (and their subclasses) with {@code code}. */
	@SafeVarargs
	protected final GrpcRefusals as(Status.Code code, Class<? extends Throwable>... refusals) {
		for (Class<? extends Throwable> refusal : refusals) {
			this.codes.put(refusal, code);
		}
		return this;
	}

	@Override
	public StatusException handleException(Throwable exception) {
		return this.codes.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().isInstance(exception))
			.findFirst()
			.map((entry) -> Status.fromCode(entry.getValue()).withDescription(exception.getMessage()).asException())
			.orElse(null);
	}

}
