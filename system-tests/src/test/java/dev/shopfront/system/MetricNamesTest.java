package dev.shopfront.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.shopfront.localstack.system.Instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric an alert rule of {@code deploy/monitoring/rules} reads is one the
 * applications really serve on {@code /metrics}: a rule on a misspelt or renamed metric
 * evaluates to nothing and never fires, which no rule check can see. Scrapes every
 * running instance of the system the other tests use.
 */
@Order(5)
class MetricNamesTest {

	/**
	 * Series Prometheus makes itself for every target, not served by the applications.
	 */
	private static final Set<String> FROM_PROMETHEUS = Set.of("up", "scrape_duration_seconds",
			"scrape_samples_scraped");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final SystemUnderTest system = SystemUnderTest.get();

	@Test
	void everyMetricTheAlertRulesReadIsServedByAnApplication() throws Exception {
		touchEveryRoute();
		Map<String, Set<String>> servedBy = new TreeMap<>();
		Path dump = Path.of("target", "system", "metrics");
		Files.createDirectories(dump);
		for (Instance instance : this.system.instances()) {
			String text = scrape(instance);
			Files.writeString(dump.resolve(instance.name() + ".txt"), text);
			for (String name : served(text)) {
				servedBy.computeIfAbsent(name, (key) -> new TreeSet<>()).add(instance.app().name());
			}
		}
		Map<String, Set<String>> readBy = ruleMetrics();
		assertThat(readBy).as("metrics read by the alert rules").isNotEmpty();

		assertThat(missing(readBy, servedBy.keySet()))
			.as("metrics the alert rules read but no application serves (scrapes in %s)", dump.toAbsolutePath())
			.isEmpty();
	}

	// Some meters exist only after their first use: a request on each route creates the
	// route's timer and breaker, a checkout the payment-side timers.
	private void touchEveryRoute() {
		Api gateway = this.system.gateway();
		// After the fault tests the product route's breaker may still be closing again.
		await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/products?size=1").status() == 200);
		assertThat(gateway.get("/api/baskets/metrics-probe").status()).isEqualTo(200);
		assertThat(gateway.get("/api/payments/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
	}

	private static String scrape(Instance instance) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url() + "/metrics"))
			// The gateway serves its metrics to the admin token only; the services
			// ignore the header.
			.header("Authorization", "Bearer " + SystemUnderTest.ADMIN_TOKEN)
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s/metrics", instance.url()).isEqualTo(200);
		return response.body();
	}

	/**
	 * Each metric the rules read that no application serves, with the alerts reading it.
	 */
	static List<String> missing(Map<String, Set<String>> readBy, Set<String> served) {
		List<String> missing = new ArrayList<>();
		readBy.forEach((metric, alerts) -> {
			if (!FROM_PROMETHEUS.contains(metric) && !served.contains(metric)) {
				missing.add(metric + " (read by " + alerts + ")");
			}
		});
		return missing;
	}

	/** Names of the samples in a Prometheus text exposition. */
	static Set<String> served(String exposition) {
		Set<String> names = new TreeSet<>();
		for (String line : exposition.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int end = 0;
			while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
				end++;
			}
			names.add(line.substring(0, end));
		}
		return names;
	}

	/** Metric name to the alerts whose expressions read it, over every rule file. */
	private static Map<String, Set<String>> ruleMetrics() throws IOException {
		Path root = Path.of(System.getProperty("shopfront.root", "..")).toAbsolutePath().normalize();
		Path rules = root.resolve("deploy/monitoring/rules");
		YAMLMapper yaml = YAMLMapper.builder().build();
		Map<String, Set<String>> readBy = new TreeMap<>();
		try (Stream<Path> files = Files.list(rules)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".yml")).sorted().toList()) {
				for (JsonNode group : yaml.readTree(file.toFile()).path("groups")) {
					for (JsonNode rule : group.path("rules")) {
						String name = rule.path("alert").asString(rule.path("record").asString());
						for (String metric : PromQl.metricNames(rule.path("expr").asString())) {
							readBy.computeIfAbsent(metric, (key) -> new TreeSet<>()).add(name);
						}
					}
				}
			}
		}
		return readBy;
	}

}
