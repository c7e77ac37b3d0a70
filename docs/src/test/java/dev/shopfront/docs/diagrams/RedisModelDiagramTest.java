package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class RedisModelDiagramTest {

	private final Services services = new Services(Fixtures.shop());

	@Test
	void drawsTheHashKeyWithTheFieldsItsScriptsWriteAndOtherKeysAsStrings() {
		String mermaid = new RedisModelDiagram(this.services).draw(this.services.app("stock-service").orElseThrow())
			.orElseThrow()
			.mermaid();
		assertThat(mermaid).contains("  stock {\n    string key PK \"stock:{id}, a hash\"\n")
			.contains("string level \"field level:{id}\"")
			.contains("string updated_at \"field updated_at\"")
			.contains("string created_at \"field created_at\"")
			.contains("  stock_event {\n    string key PK \"stock-event:{id}, a string\"\n")
			.doesNotContain("  level {");
	}

	@Test
	void drawsNothingForAnAppWithoutRedis() {
		assertThat(new RedisModelDiagram(this.services).draw(this.services.app("orders-service").orElseThrow()))
			.isEmpty();
	}

}
