package dev.shopfront.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.shopfront.localstack.system.Shopfront;
import dev.shopfront.testsupport.hostile.HostileInput;

/**
 * The hostile-input run of each service, generated from that service's own OpenAPI
 * document but sent through the gateway ({@code /api} + the service's path), so what a
 * client meets is checked: no 5xx for bad input (a backend's 4xx passes through, it is
 * not turned into an outage), problem+json for every error, no answer slower than 2 s.
 * Runs after the other system tests: its requests create and delete data.
 */
@Order(5)
class GatewayHostileInputTest {

	private final SystemUnderTest system = SystemUnderTest.get();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { Shopfront.PRODUCT, Shopfront.BASKET, Shopfront.PAYMENT, Shopfront.NOTIFICATION })
	void noHostileRequestThroughTheGatewayGetsA5xxANonProblemErrorOrASlowAnswer(String service) {
		HostileInput
			.through(this.system.gateway().baseUrl(), this.system.service(service).baseUrl() + "/v3/api-docs", "/api")
			.run()
			.assertNoFailures();
	}

}
