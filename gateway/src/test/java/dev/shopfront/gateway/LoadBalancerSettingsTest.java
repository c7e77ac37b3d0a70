package dev.shopfront.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class LoadBalancerSettingsTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class);

	@Test
	void aKnownStrategyBinds() {
		this.contexts.withPropertyValues("shopfront.gateway.load-balancer.strategy=least_connections")
			.run((context) -> assertThat(context.getBean(GatewayProperties.class).getLoadBalancer().getStrategy())
				.isEqualTo("least_connections"));
	}

	@Test
	void aMisspeltStrategyStopsTheStartWithTheAllowedValues() {
		this.contexts.withPropertyValues("shopfront.gateway.load-balancer.strategy=roundrobin")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("LOAD_BALANCER_STRATEGY must be one of [round_robin, least_connections, "
						+ "weighted_round_robin], was 'roundrobin'"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GatewayProperties.class)
	static class Properties {

	}

}
