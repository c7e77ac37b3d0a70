package dev.shopfront.payment.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint that tells a retry from a reused Idempotency-Key: a hash of the
 * request's content, the same on every JVM and for REST and gRPC alike.
 */
class PaymentRequestFingerprintTest {

	private static PaymentRequest sample() {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("order", "42");
		metadata.put("channel", "web");
		return new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated", "Gift; wrapped", metadata);
	}

	@Test
	void isTheSha256OfTheDocumentedCanonicalForm() throws Exception {
		String canonical = "user_id=5:alice;currency=3:EUR;method=11:credit_card;provider=9:simulated;"
				+ "description=13:Gift; wrapped;metadata.channel=3:web;metadata.order=2:42;";
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

		assertThat(sample().canonicalForm()).isEqualTo(canonical);
		assertThat(sample().fingerprint()).isEqualTo(expected).hasSize(64);
	}

	@Test
	void isTheSameInAnotherJvm() throws Exception {
		Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), PrintSampleFingerprint.class.getName())
			.redirectErrorStream(true)
			.start();
		String printed;
		try {
			assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("the other JVM finished").isTrue();
			printed = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		}
		finally {
			other.destroyForcibly();
		}

		assertThat(other.exitValue()).as(printed).isZero();
		assertThat(printed).isEqualTo(sample().fingerprint());
	}

	@Test
	void doesNotDependOnTheOrderOfMetadataNorOnHowAnAbsentDescriptionIsSpelt() {
		Map<String, String> reversed = new LinkedHashMap<>();
		reversed.put("channel", "web");
		reversed.put("order", "42");
		PaymentRequest sameContent = new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated",
				"Gift; wrapped", reversed);
		assertThat(sameContent.fingerprint()).isEqualTo(sample().fingerprint());

		// REST sends no description as null, gRPC (proto3) as "".
		assertThat(new PaymentRequest(new UserId("bob"), "EUR", "credit_card", "simulated", "", Map.of()).fingerprint())
			.isEqualTo(
					new PaymentRequest(new UserId("bob"), "EUR", "credit_card", "simulated", null, null).fingerprint());
	}

	@Test
	void differsWhenAnyFieldDiffers() {
		String base = sample().fingerprint();
		assertThat(new PaymentRequest(new UserId("alicf"), "EUR", "credit_card", "simulated", "Gift; wrapped",
				sample().metadata())
			.fingerprint()).isNotEqualTo(base);
		assertThat(new PaymentRequest(new UserId("alice"), "EUR", "paypal", "simulated", "Gift; wrapped",
				sample().metadata())
			.fingerprint()).isNotEqualTo(base);
		assertThat(
				new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated", "Gift", sample().metadata())
					.fingerprint())
			.isNotEqualTo(base);
		// Values that would run together without the lengths.
		assertThat(
				new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated", null, Map.of("a", "1;b=1:2"))
					.fingerprint())
			.isNotEqualTo(new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated", null,
					Map.of("a", "1", "b", "2"))
				.fingerprint());
	}

	/** Run in a separate JVM by {@link #isTheSameInAnotherJvm()}. */
	static final class PrintSampleFingerprint {

		public static void main(String[] args) throws IOException {
			System.out.println(sample().fingerprint());
		}

	}

}
