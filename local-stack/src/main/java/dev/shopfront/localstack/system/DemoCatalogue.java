package dev.shopfront.localstack.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A few products so a fresh system has something to show. Loaded through the product
 * service's own REST API, and only into an empty catalogue, so a restart never loads it
 * twice.
 */
final class DemoCatalogue {

	private static final List<String> PRODUCTS = List.of(
			"{\"name\":\"Espresso cup\",\"description\":\"Porcelain, 90 ml\",\"price\":7.50,\"stock_quantity\":40,\"category\":\"kitchen\"}",
			"{\"name\":\"Pour-over kettle\",\"description\":\"Gooseneck, 1 l\",\"price\":39.90,\"stock_quantity\":12,\"category\":\"kitchen\"}",
			"{\"name\":\"Notebook\",\"description\":\"A5, dotted\",\"price\":12.00,\"stock_quantity\":100,\"category\":\"stationery\"}",
			"{\"name\":\"Fountain pen\",\"description\":\"Steel nib, medium\",\"price\":24.99,\"stock_quantity\":25,\"category\":\"stationery\"}",
			"{\"name\":\"Desk lamp\",\"description\":\"LED, warm white\",\"price\":49.00,\"stock_quantity\":8,\"category\":\"home\"}");

	private DemoCatalogue() {
	}

	/**
	 * Loads the catalogue if the product service has no product yet; returns how many
	 * were added.
	 */
	static int loadIfEmpty(String productServiceUrl) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpResponse<String> page = http.send(
				HttpRequest.newBuilder(URI.create(productServiceUrl + "/products?size=1")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() != 200 || !page.body().contains("\"total_elements\":0")) {
			return 0;
		}
		int added = 0;
		for (String product : PRODUCTS) {
			HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(productServiceUrl + "/products"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(product))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 201) {
				throw new IOException("Demo product refused with " + created.statusCode() + ": " + created.body());
			}
			added++;
		}
		return added;
	}

}
