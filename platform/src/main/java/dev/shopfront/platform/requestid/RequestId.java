package dev.shopfront.platform.requestid;

import java.util.Optional;

import org.slf4j.MDC;

import dev.shopfront.platform.core.RequestIds;

/**
 * The id that follows one user request through HTTP, gRPC and Kafka, and into every log
 * line it causes (MDC key {@value #MDC_KEY}).
 */
public final class RequestId {

	/** Header on HTTP requests and on Kafka records. */
	public static final String HEADER = RequestIds.HEADER;

	/** gRPC metadata key (gRPC keys are lower case). */
	public static final String GRPC_KEY = "x-request-id";

	public static final String MDC_KEY = "request_id";

	private RequestId() {
	}

	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

	/** The given id when it is acceptable, else a new one. */
	public static String acceptOrGenerate(String candidate) {
		return RequestIds.acceptOrGenerate(candidate);
	}

	public static String generate() {
		return RequestIds.generate();
	}

	/**
	 * Puts the id in the MDC for the duration of a unit of work; close it to restore the
	 * previous one.
	 */
	public static Scope open(String requestId) {
		String previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, requestId);
		return () -> {
			if (previous != null) {
				MDC.put(MDC_KEY, previous);
			}
			else {
				MDC.remove(MDC_KEY);
			}
		};
	}

	/** A request id held in the MDC until closed. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
