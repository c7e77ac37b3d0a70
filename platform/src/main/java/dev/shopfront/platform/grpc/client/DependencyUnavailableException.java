package dev.shopfront.platform.grpc.client;

/**
 * A service this one depends on did not answer in time, answered that it is unavailable,
 * or is shielded by an open circuit breaker. Answered as 503 problem+json with
 * Retry-After.
 */
public class DependencyUnavailableException extends RuntimeException {

	private final String dependency;

	public DependencyUnavailableException(String dependency, String reason, Throwable cause) {
		super("%s is unavailable: %s".formatted(dependency, reason), cause);
		this.dependency = dependency;
	}

	public String dependency() {
		return this.dependency;
	}

}
