package dev.shopfront.proto.time;

import java.time.Instant;

import com.google.protobuf.Timestamp;

/**
 * {@link Instant} to protobuf {@link Timestamp} at full precision, which
 * protobuf-java-util's {@code Timestamps} does not offer.
 */
public final class ProtoTimestamps {

	private ProtoTimestamps() {
	}

	public static Timestamp from(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

}
