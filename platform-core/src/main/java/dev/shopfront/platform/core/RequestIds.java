package dev.shopfront.platform.core;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The rules for request ids, shared by the gateway and the services: which id a client
 * may send, and how a new one is made.
 */
public final class RequestIds {

	/** Header on HTTP requests and on Kafka records. */
	public static final String HEADER = "X-Request-Id";

	// Ids come from outside: accept only short, log-safe tokens, so a client cannot
	// inject log lines.
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private RequestIds() {
	}

	/** The given id when it is acceptable, else a new one. */
	public static String acceptOrGenerate(String candidate) {
		return (candidate != null && ACCEPTABLE.matcher(candidate).matches()) ? candidate : generate();
	}

	/**
	 * A new random (version 4) UUID. From the thread's own generator, not
	 * {@link UUID#randomUUID()}'s shared SecureRandom: an id names a request in logs and
	 * traces and guards nothing, and the gateway makes one for nearly every request.
	 */
	public static String generate() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
		return new UUID(high, low).toString();
	}

}
