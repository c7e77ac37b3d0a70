package dev.shopfront.gateway.ratelimit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.redis.core.script.RedisScript;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptReadOnceTest {

	@TempDir
	Path directory;

	@Test
	void theRateLimiterScriptIsReadOnceAndNeverAgain() throws IOException {
		Path lua = Files.writeString(this.directory.resolve("limiter.lua"), "return {1, 1}");
		RedisScript<List> fromFile = RedisScript.of(new FileSystemResource(lua), List.class);

		RedisScript<?> kept = (RedisScript<?>) new ScriptReadOnce().postProcessAfterInitialization(fromFile,
				ScriptReadOnce.RATE_LIMITER_SCRIPT);
		String sha = kept.getSha1();
		Files.writeString(lua, "return {0, 0}");

		assertThat(fromFile.getScriptAsString()).isEqualTo("return {0, 0}");
		assertThat(kept.getScriptAsString()).isEqualTo("return {1, 1}");
		assertThat(kept.getSha1()).isEqualTo(sha);
		assertThat(kept.getResultType()).isEqualTo(List.class);
	}

	@Test
	void otherBeansAreLeftAlone() {
		RedisScript<Long> other = RedisScript.of("return 1", Long.class);

		assertThat(new ScriptReadOnce().postProcessAfterInitialization(other, "someOtherScript")).isSameAs(other);
	}

}
