package dev.shopfront.platform.grpc.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.grpc.Metadata;

/**
 * The shared secret that every call between Shopfront services carries as
 * {@code authorization: Bearer <token>} metadata ({@code GRPC_AUTH_TOKEN}). Presented
 * tokens are compared by their SHA-256 digests with {@link MessageDigest#isEqual}, so the
 * time a comparison takes says nothing about the secret, not even its length.
 */
public final class GrpcCallToken {

	/** Shortest token accepted: a guessable secret protects nothing. */
	public static final int MIN_LENGTH = 16;

	static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private static final String BEARER = "Bearer ";

	private final String headerValue;

	private final byte[] digest;

	private GrpcCallToken(String token) {
		this.headerValue = (token != null) ? BEARER + token : null;
		this.digest = (token != null) ? sha256(this.headerValue) : null;
	}

	/**
	 * No token, for an application that neither serves nor calls gRPC services of its
	 * own: its server refuses every call, and it sends no token.
	 */
	public static GrpcCallToken none() {
		return new GrpcCallToken(null);
	}

	/**
	 * The configured token.
	 * @throws IllegalStateException if it is missing, shorter than {@value #MIN_LENGTH}
	 * characters or holds characters that gRPC metadata cannot carry
	 */
	public static GrpcCallToken of(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalStateException("GRPC_AUTH_TOKEN is not set: every gRPC call between the services "
					+ "must carry the shared token (shopfront.grpc.auth.token)");
		}
		if (token.length() < MIN_LENGTH) {
			throw new IllegalStateException(
					"GRPC_AUTH_TOKEN must be at least %d characters long".formatted(MIN_LENGTH));
		}
		if (!token.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new IllegalStateException("GRPC_AUTH_TOKEN must be printable ASCII without spaces");
		}
		return new GrpcCallToken(token);
	}

	/** Whether the call's metadata carries this token. */
	public boolean isCarriedBy(Metadata headers) {
		String presented = headers.get(AUTHORIZATION);
		return this.digest != null && presented != null && MessageDigest.isEqual(this.digest, sha256(presented));
	}

	void addTo(Metadata headers) {
		if (this.headerValue != null) {
			headers.put(AUTHORIZATION, this.headerValue);
		}
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Override
	public String toString() {
		return "GrpcCallToken[****]";
	}

}
