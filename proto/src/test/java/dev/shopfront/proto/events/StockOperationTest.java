package dev.shopfront.proto.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StockOperationTest {

	@Test
	void readsTheWordsItWrites() {
		for (StockOperation operation : StockOperation.values()) {
			assertThat(StockOperation.parse(operation.value())).contains(operation);
		}
		assertThat(StockOperation.DECREASE.value()).isEqualTo("decrease");
		assertThat(StockOperation.INCREASE.value()).isEqualTo("increase");
	}

	@Test
	void knowsNoOtherWord() {
		assertThat(StockOperation.parse("DECREASE")).isEmpty();
		assertThat(StockOperation.parse("")).isEmpty();
		assertThat(StockOperation.parse(null)).isEmpty();
	}

}
