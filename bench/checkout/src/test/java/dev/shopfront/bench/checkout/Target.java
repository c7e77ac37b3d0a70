package dev.shopfront.bench.checkout;

/**
 * Where a scenario sends its requests: through the gateway ({@code /api/...}) or to each
 * service directly, with the same paths after the base.
 *
 * @param name {@code gateway} or {@code direct}, the prefix of every request name
 * @param products the product API's base
 * @param baskets the basket API's base
 * @param payments the payment API's base
 */
record Target(String name, String products, String baskets, String payments) {

	static Target gateway(BenchSettings settings) {
		String api = settings.gatewayUrl() + "/api";
		return new Target("gateway", api, api, api);
	}

	static Target direct(BenchSettings settings) {
		return new Target("direct", settings.productUrl(), settings.basketUrl(), settings.paymentUrl());
	}

}
