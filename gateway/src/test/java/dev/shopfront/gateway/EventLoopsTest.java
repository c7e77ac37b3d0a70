package dev.shopfront.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventLoopsTest {

	private final String before = System.getProperty(GatewayApplication.EVENT_LOOPS);

	@AfterEach
	void restore() {
		if (this.before == null) {
			System.clearProperty(GatewayApplication.EVENT_LOOPS);
		}
		else {
			System.setProperty(GatewayApplication.EVENT_LOOPS, this.before);
		}
	}

	@Test
	void oneEventLoopPerCoreByDefault() {
		System.clearProperty(GatewayApplication.EVENT_LOOPS);

		GatewayApplication.oneEventLoopPerCore();

		assertThat(System.getProperty(GatewayApplication.EVENT_LOOPS))
			.isEqualTo(String.valueOf(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void anExplicitSettingWins() {
		System.setProperty(GatewayApplication.EVENT_LOOPS, "7");

		GatewayApplication.oneEventLoopPerCore();

		assertThat(System.getProperty(GatewayApplication.EVENT_LOOPS)).isEqualTo("7");
	}

}
