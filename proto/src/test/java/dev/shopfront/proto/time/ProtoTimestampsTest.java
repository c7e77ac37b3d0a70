package dev.shopfront.proto.time;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtoTimestampsTest {

	@Test
	void keepsSecondsAndNanos() {
		Timestamp timestamp = ProtoTimestamps.from(Instant.parse("2026-12-04T23:30:15.123456789Z"));

		assertThat(timestamp.getSeconds()).isEqualTo(Instant.parse("2026-12-04T23:30:15Z").getEpochSecond());
		assertThat(timestamp.getNanos()).isEqualTo(123_456_789);
	}

}
