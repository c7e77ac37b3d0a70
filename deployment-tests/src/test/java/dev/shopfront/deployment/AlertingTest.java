package dev.shopfront.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.shopfront.deployment.support.Yaml;
import dev.shopfront.testsupport.CommandLineTool;
import dev.shopfront.testsupport.CommandLineTool.Result;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerting of {@code deploy/monitoring}, checked by the tools Prometheus and
 * Alertmanager ship: {@code promtool check rules}, {@code promtool test rules} (the unit
 * tests in rules/tests), {@code promtool check config} and {@code amtool check-config}
 * with the routing of each severity; and what the tools cannot judge: every rule has a
 * known severity, a summary and a unit test, and no receiver holds a secret in the file.
 */
class AlertingTest {

	private static final Path MONITORING = Repository.path("deploy/monitoring");

	private static final Path RULES = MONITORING.resolve("rules");

	private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

	/** Receiver settings that would hold a secret; only their *_file form is allowed. */
	private static final Set<String> SECRET_SETTINGS = Set.of("slack_api_url", "api_url", "routing_key", "service_key",
			"smtp_auth_password", "auth_password", "auth_secret", "url", "bearer_token", "credentials", "password");

	static List<Path> ruleFiles() {
		return yamlFiles(RULES);
	}

	static List<Path> ruleTests() {
		return yamlFiles(RULES.resolve("tests"));
	}

	@Test
	void promtoolAcceptsEveryRuleFile() {
		CommandLineTool promtool = CommandLineTool.require("promtool", "prometheus");
		List<String> arguments = new ArrayList<>(List.of("check", "rules"));
		ruleFiles().forEach((file) -> arguments.add(file.toString()));
		Result result = promtool.run(RULES, Map.of(), arguments);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(ruleFiles()).hasSizeGreaterThanOrEqualTo(7);
	}

	@Test
	void theRulesPassTheirUnitTests() {
		CommandLineTool promtool = CommandLineTool.require("promtool", "prometheus");
		List<String> arguments = new ArrayList<>(List.of("test", "rules"));
		ruleTests().forEach((file) -> arguments.add(file.toString()));
		Result result = promtool.run(RULES.resolve("tests"), Map.of(), arguments);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).doesNotContain("FAILED");
	}

	@Test
	void aRuleUnitTestFailsWhenTheAlertDoesNotFireAsExpected(@TempDir Path directory) throws IOException {
		CommandLineTool promtool = CommandLineTool.require("promtool", "prometheus");
		Files.copy(RULES.resolve("outbox.yml"), directory.resolve("outbox.yml"));
		Files.writeString(directory.resolve("wrong_test.yml"), """
				rule_files: [outbox.yml]
				evaluation_interval: 1m
				tests:
				  - interval: 1m
				    input_series:
				      - series: 'outbox_oldest_unsent_age_seconds{job="payment-service"}'
				        values: '0x10'
				    alert_rule_test:
				      - eval_time: 10m
				        alertname: OutboxEventsStuck
				        exp_alerts:
				          - exp_labels: {severity: critical, job: payment-service}
				""");
		Result result = promtool.run(directory, "test", "rules", "wrong_test.yml");
		assertThat(result.exitCode()).as(result.output()).isNotZero();
		assertThat(result.output()).contains("FAILED");
	}

	@Test
	void everyAlertHasASeverityASummaryAndAUnitTest() throws IOException {
		StringBuilder tests = new StringBuilder();
		for (Path test : ruleTests()) {
			tests.append(Files.readString(test));
		}
		Set<String> alerts = new TreeSet<>();
		for (Path file : ruleFiles()) {
			for (JsonNode group : Yaml.read(file).path("groups")) {
				for (JsonNode rule : group.path("rules")) {
					String alert = rule.path("alert").asString();
					assertThat(alert).as("a rule of %s without an alert name", file.getFileName()).isNotEmpty();
					assertThat(alerts.add(alert)).as("alert %s defined twice", alert).isTrue();
					assertThat(SEVERITIES).as("severity of %s", alert)
						.contains(rule.path("labels").path("severity").asString());
					assertThat(rule.path("annotations").path("summary").asString()).as("summary of %s", alert)
						.isNotEmpty();
					assertThat(rule.path("annotations").path("description").asString()).as("description of %s", alert)
						.isNotEmpty();
					assertThat(tests).as("a unit test in rules/tests for %s", alert)
						.contains("alertname: " + alert + "\n");
				}
			}
		}
		assertThat(alerts).contains("ShopfrontAppDown", "GatewayRouteServerErrors", "GatewayP99LatencyHigh",
				"CircuitBreakerOpen", "GatewayRateLimitedShareHigh", "KafkaConsumerLagHigh", "KafkaDeadLetterRecords",
				"OutboxBacklogHigh", "OutboxEventsStuck", "PaymentFailureRatioHigh", "DatabasePoolSaturated");
	}

	@Test
	void prometheusLoadsTheRulesAndSendsToAlertmanager(@TempDir Path directory) throws IOException {
		CommandLineTool promtool = CommandLineTool.require("promtool", "prometheus");
		JsonNode config = Yaml.read(MONITORING.resolve("prometheus.yml"));
		assertThat(config.path("rule_files").path(0).asString()).isEqualTo("/etc/prometheus/rules/*.yml");
		assertThat(config.path("alerting")
			.path("alertmanagers")
			.path(0)
			.path("static_configs")
			.path(0)
			.path("targets")
			.path(0)
			.asString()).isEqualTo("alertmanager:9093");
		// The container paths, pointed at the repository's rules and at a stand-in for
		// the
		// gateway's admin token (compose writes it at the container's start) for the
		// check.
		Path token = Files.writeString(directory.resolve("gateway-admin-token"), "check-only-token");
		String local = Files.readString(MONITORING.resolve("prometheus.yml"))
			.replace("/etc/prometheus/rules/", RULES + "/")
			.replace("/tmp/gateway-admin-token", token.toString());
		Path copy = directory.resolve("prometheus.yml");
		Files.writeString(copy, local);
		Result result = promtool.run(directory, "check", "config", copy.toString());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("SUCCESS: " + ruleFiles().size() + " rule files found");
	}

	@Test
	void amtoolAcceptsTheAlertmanagerConfig() {
		CommandLineTool amtool = CommandLineTool.require("amtool", "prometheus-alertmanager");
		Result result = amtool.run(MONITORING, "check-config", "alertmanager.yml");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("SUCCESS");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "severity=critical | pagerduty,slack", "severity=warning | slack,team-email",
			"severity=info | team-email", "alertname=Unlabelled | team-email" })
	void eachSeverityReachesItsReceivers(String labels, String receivers) {
		CommandLineTool amtool = CommandLineTool.require("amtool", "prometheus-alertmanager");
		Result result = amtool.run(MONITORING, "config", "routes", "test", "--config.file=alertmanager.yml", labels);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output().lines().filter((line) -> !line.startsWith("Warning")).findFirst().orElse(""))
			.isEqualTo(receivers);
	}

	@Test
	void receiversAreSlackEmailAndPagerDutyWithTheirSecretsInFiles() {
		JsonNode config = Yaml.read(MONITORING.resolve("alertmanager.yml"));
		Set<String> kinds = new TreeSet<>();
		for (JsonNode receiver : config.path("receivers")) {
			receiver.forEachEntry((key, value) -> {
				if (key.endsWith("_configs")) {
					kinds.add(key);
				}
			});
		}
		assertThat(kinds).containsExactlyInAnyOrder("slack_configs", "email_configs", "pagerduty_configs");
		List<String> inline = new ArrayList<>();
		collectSecrets(config, "", inline);
		assertThat(inline).as("secrets written into alertmanager.yml instead of a *_file").isEmpty();
		assertThat(config.path("global").path("slack_api_url_file").asString())
			.startsWith("/etc/alertmanager/secrets/");
		assertThat(config.path("global").path("smtp_auth_password_file").asString())
			.startsWith("/etc/alertmanager/secrets/");
		assertThat(config.toString()).contains("routing_key_file");
	}

	@Test
	void composeRunsAlertmanagerAndMountsTheRulesInTheMonitoringProfile() {
		JsonNode services = Yaml.read(Repository.path("docker-compose.yml")).path("services");
		JsonNode alertmanager = services.path("alertmanager");
		assertThat(alertmanager.path("profiles").toString()).isEqualTo("[\"monitoring\"]");
		assertThat(alertmanager.path("volumes").toString()).contains(
				"./deploy/monitoring/alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro",
				"./deploy/monitoring/secrets:/etc/alertmanager/secrets:ro");
		assertThat(alertmanager.path("command").toString())
			.contains("--config.file=/etc/alertmanager/alertmanager.yml");
		assertThat(services.path("prometheus").path("volumes").toString())
			.contains("./deploy/monitoring/rules:/etc/prometheus/rules:ro");
		assertThat(Repository.read("deploy/monitoring/secrets/.gitignore")).startsWith("*\n");
	}

	private static void collectSecrets(JsonNode node, String path, List<String> found) {
		if (node.isObject()) {
			node.forEachEntry((key, value) -> {
				if (SECRET_SETTINGS.contains(key) && !value.isNull()) {
					found.add(path + key);
				}
				collectSecrets(value, path + key + ".", found);
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectSecrets(element, path, found));
		}
	}

	private static List<Path> yamlFiles(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".yml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
