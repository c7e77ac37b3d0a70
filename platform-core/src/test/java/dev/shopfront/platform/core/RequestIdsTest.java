package dev.shopfront.platform.core;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@Test
	void newIdsAreVersion4UuidsOfTheIetfVariantAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = RequestIds.generate();
			UUID parsed = UUID.fromString(id);
			assertThat(parsed.version()).isEqualTo(4);
			assertThat(parsed.variant()).isEqualTo(2);
			assertThat(id).hasSize(36);
			seen.add(id);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void aClientsLogSafeIdIsKeptAndAnythingElseReplaced() {
		assertThat(RequestIds.acceptOrGenerate("trace-77:a.b_c")).isEqualTo("trace-77:a.b_c");
		assertThat(RequestIds.acceptOrGenerate("bad id\nINFO forged")).matches("[0-9a-f-]{36}");
		assertThat(RequestIds.acceptOrGenerate("x".repeat(129))).matches("[0-9a-f-]{36}");
		assertThat(RequestIds.acceptOrGenerate(null)).matches("[0-9a-f-]{36}");
	}

}
