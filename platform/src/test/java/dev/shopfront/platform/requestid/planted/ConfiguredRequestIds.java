package dev.shopfront.platform.requestid.planted;

import dev.shopfront.payment.planted.PaymentStandIn;
import dev.shopfront.platform.config.PlatformWebAutoConfiguration;

/**
 * Planted for {@code PlantedViolationsTest}: a request-id class reading the
 * auto-configuration (closing a cycle, since config uses requestid) and a service's
 * class. Never on the main path.
 */
public class ConfiguredRequestIds {

	public String describe(PlatformWebAutoConfiguration configuration, PaymentStandIn payment) {
		return configuration + " " + payment;
	}

}
