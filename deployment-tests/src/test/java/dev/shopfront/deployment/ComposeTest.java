package dev.shopfront.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.shopfront.deployment.support.Application;
import dev.shopfront.deployment.support.EnvironmentRule;
import dev.shopfront.deployment.support.Yaml;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml against the applications' own configuration.
 *
 * <p>
 * The environment rule: an app's {@code environment} holds only variables the app reads
 * (a {@code ${VAR}} placeholder of its application.yml, or one of
 * {@link #READ_ELSEWHERE}), and it sets every placeholder the app needs in a container:
 * one without a default, and one whose default names {@code localhost}, which inside a
 * container is the app itself. Tuning knobs with a sensible default (pool sizes, TTLs,
 * client deadlines) are left to their defaults.
 */
class ComposeTest {

	static final List<String> APPLICATIONS = Application.NAMES;

	/** The data stores' ports, from the spec's Docker Services Configuration. */
	private static final Map<String, Integer> STORE_PORTS = Map.of("postgres", 5432, "redis", 6379, "mariadb", 3306);

	/**
	 * What may be published, and only on 127.0.0.1: the gateway, the one way into the
	 * shop, and the monitoring UIs (Jaeger's with its OTLP receivers). The data stores,
	 * Kafka and the services' own HTTP and gRPC ports stay inside the compose network.
	 */
	private static final Map<String, Set<Integer>> PUBLISHED = Map.of("gateway", Set.of(8083), "prometheus",
			Set.of(9090), "grafana", Set.of(3000), "alertmanager", Set.of(9093), "jaeger", Set.of(16686, 4317, 4318));

	/** The apps that serve or call gRPC, and so need the shared call token. */
	private static final List<String> GRPC_APPS = List.of("product-service", "basket-service", "payment-service");

	/** What each application calls: its data store, Kafka and peers (the real flows). */
	static final Map<String, Set<String>> DEPENDENCIES = Map.of("product-service", Set.of("postgres", "kafka"),
			"basket-service", Set.of("redis", "kafka", "product-service"), "payment-service",
			Set.of("mariadb", "kafka", "product-service", "basket-service"), "notification-service",
			Set.of("postgres", "kafka"), "gateway",
			Set.of("redis", "product-service", "basket-service", "payment-service", "notification-service"));

	private final JsonNode compose = Yaml.read(Repository.path("docker-compose.yml"));

	@ParameterizedTest
	@FieldSource("APPLICATIONS")
	void setsExactlyTheVariablesTheAppReadsAndNeeds(String name) {
		assertThat(environmentProblems(Application.named(name), this.compose.path("services").path(name))).isEmpty();
	}

	@Test
	void variablesReadOutsideApplicationYmlAreReallyRead() {
		EnvironmentRule.READ_ELSEWHERE.forEach((app, variables) -> variables
			.forEach((variable, source) -> assertThat(Repository.read(source)).contains('"' + variable + '"')));
	}

	@ParameterizedTest
	@FieldSource("APPLICATIONS")
	void pointsEachAppAtComposeServicesOnTheirRealPorts(String name) {
		Map<String, String> env = environment(this.compose.path("services").path(name));
		Set<String> called = new TreeSet<>();
		env.forEach((variable, value) -> {
			String addresses = variable.endsWith("_HOST")
					? value + ":" + env.get(variable.substring(0, variable.length() - "HOST".length()) + "PORT")
					: value;
			for (String address : addresses.split(",")) {
				String hostPort = address.replaceFirst("^[a-z]+://", "").replaceFirst(";.*$", "");
				if (!hostPort.matches("[a-z-]+:\\d+") || hostPort.startsWith("localhost:")) {
					continue;
				}
				String host = hostPort.substring(0, hostPort.indexOf(':'));
				int port = Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1));
				assertThat(this.compose.path("services").has(host)).as("%s of %s names a service", variable, name)
					.isTrue();
				called.add(host);
				if (APPLICATIONS.contains(host)) {
					assertThat(Application.named(host).ports()).as("%s=%s", variable, value).contains(port);
				}
				else if (!host.equals("kafka")) {
					assertThat(STORE_PORTS.get(host)).as("%s=%s", variable, value).isEqualTo(port);
				}
			}
		});
		assertThat(called).as("services %s calls", name).isEqualTo(DEPENDENCIES.get(name));
		if (env.containsKey("DB_HOST")) {
			assertThat(Integer.parseInt(env.get("DB_PORT"))).isEqualTo(STORE_PORTS.get(env.get("DB_HOST")));
		}
	}

	@Test
	void databaseCredentialsAreTheOnesTheDataStoresAreCreatedWith() {
		Map<String, String> product = environment(this.compose.path("services").path("product-service"));
		Map<String, String> postgres = environment(this.compose.path("services").path("postgres"));
		assertThat(product.get("DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
		assertThat(product.get("DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
		assertThat(product.get("DB_NAME")).isEqualTo(postgres.get("POSTGRES_DB"));
		Map<String, String> payment = environment(this.compose.path("services").path("payment-service"));
		Map<String, String> mariadb = environment(this.compose.path("services").path("mariadb"));
		assertThat(payment.get("DB_USER")).isEqualTo(mariadb.get("MARIADB_USER"));
		assertThat(payment.get("DB_PASSWORD")).isEqualTo(mariadb.get("MARIADB_PASSWORD"));
		assertThat(payment.get("DB_NAME")).isEqualTo(mariadb.get("MARIADB_DATABASE"));
		Map<String, String> notification = environment(this.compose.path("services").path("notification-service"));
		assertThat(notification.get("DB_PASSWORD")).isEqualTo(postgres.get("NOTIFICATION_DB_PASSWORD"));
		String initdb = Repository.read("deploy/postgres/initdb/10-notification-service.sh");
		assertThat(initdb).contains("CREATE ROLE " + notification.get("DB_USER") + " LOGIN PASSWORD :'password'")
			.contains("CREATE DATABASE " + notification.get("DB_NAME") + " OWNER " + notification.get("DB_USER"))
			.contains("$NOTIFICATION_DB_PASSWORD");
		assertThat(this.compose.path("services").path("postgres").path("volumes").toString())
			.contains("./deploy/postgres/initdb:/docker-entrypoint-initdb.d:ro");
	}

	@ParameterizedTest
	@FieldSource("APPLICATIONS")
	void startsEachAppOnlyOnceWhatItCallsIsHealthy(String name) {
		JsonNode dependsOn = this.compose.path("services").path(name).path("depends_on");
		Map<String, String> conditions = new TreeMap<>();
		dependsOn.forEachEntry((service, spec) -> conditions.put(service, spec.path("condition").asString()));
		Map<String, String> expected = new TreeMap<>();
		DEPENDENCIES.get(name).forEach((service) -> expected.put(service, "service_healthy"));
		assertThat(conditions).isEqualTo(expected);
	}

	@Test
	void everyServiceHasAHealthcheckAndTheAppsProbeTheirReadinessPath() {
		this.compose.path("services").forEachEntry((service, spec) -> {
			JsonNode test = spec.path("healthcheck").path("test");
			assertThat(test.isArray() && !test.isEmpty()).as("healthcheck of %s", service).isTrue();
			if (APPLICATIONS.contains(service)) {
				Application application = Application.named(service);
				String command = test.toString();
				assertThat(command).contains("/dev/tcp/127.0.0.1/" + application.httpPort() + " ")
					.contains("GET " + application.endpointPath("health") + "/ready ");
				assertThat(application.healthPaths()).contains(application.endpointPath("health") + "/ready");
			}
		});
	}

	@Test
	void publishesOnlyTheGatewayAndTheUisAndOnlyOnLoopback() {
		assertThat(publishingProblems(this.compose)).isEmpty();
		assertThat(published(this.compose)).containsEntry("gateway", Set.of(8083));
	}

	@Test
	void thePublishingCheckFindsAWildcardBindingAServicePortAndJmx() {
		ObjectNode compose = (ObjectNode) this.compose.deepCopy();
		ObjectNode services = (ObjectNode) compose.path("services");
		((ObjectNode) services.path("gateway")).putArray("ports").add("8083:8083");
		((ObjectNode) services.path("product-service")).putArray("ports").add("127.0.0.1:50050:50050");
		((ObjectNode) services.path("kafka")).putArray("ports").add("127.0.0.1:9101:9101");
		((ObjectNode) services.path("kafka").path("environment")).put("JMX_PORT", "9101");
		assertThat(publishingProblems(compose)).containsExactlyInAnyOrder(
				"gateway publishes 8083:8083 on every interface", "product-service must not publish 50050",
				"kafka must not publish 9101", "kafka opens JMX (JMX_PORT)");
	}

	@Test
	void everyGrpcAppCarriesTheSharedCallTokenFromTheEnvironment() {
		Set<String> tokens = new TreeSet<>();
		for (String app : GRPC_APPS) {
			String raw = this.compose.path("services").path(app).path("environment").path("GRPC_AUTH_TOKEN").asString();
			assertThat(raw).as("GRPC_AUTH_TOKEN of %s: the host's value when set", app)
				.startsWith("${GRPC_AUTH_TOKEN:-");
			tokens.add(resolve(raw));
		}
		assertThat(tokens).as("one token shared by the services")
			.singleElement()
			.satisfies((token) -> assertThat(token).as("at least 16 characters, as the services require")
				.hasSizeGreaterThanOrEqualTo(16));
	}

	@Test
	void grafanasAdminPasswordIsGivenOrGeneratedNeverAdmin() {
		JsonNode grafana = this.compose.path("services").path("grafana");
		Map<String, String> env = environment(grafana);
		assertThat(env).doesNotContainKey("GF_SECURITY_ADMIN_PASSWORD");
		assertThat(env.values()).doesNotContain("admin");
		assertThat(env.get("GRAFANA_ADMIN_PASSWORD")).as("no default password").isEmpty();
		String entrypoint = grafana.path("entrypoint").toString();
		assertThat(entrypoint).contains("GF_SECURITY_ADMIN_PASSWORD__FILE")
			.contains("/dev/urandom")
			.contains("$$GRAFANA_ADMIN_PASSWORD")
			.contains("exec /run.sh");
		assertThat(grafana.path("volumes").toString()).contains("grafana-data:/var/lib/grafana");
	}

	static List<String> publishingProblems(JsonNode compose) {
		List<String> problems = new ArrayList<>();
		compose.path("services").forEachEntry((service, spec) -> {
			for (JsonNode mapping : spec.path("ports")) {
				String text = mapping.isString() ? mapping.asString() : mapping.path("host_ip").asString("") + ":"
						+ mapping.path("published").asString("") + ":" + mapping.path("target").asString("");
				String[] parts = text.split(":");
				int container = Integer.parseInt(parts[parts.length - 1].replaceFirst("/.*", ""));
				if (parts.length != 3 || !parts[0].equals("127.0.0.1")) {
					problems.add(service + " publishes " + text + " on every interface");
				}
				else if (!PUBLISHED.getOrDefault(service, Set.of()).contains(container)) {
					problems.add(service + " must not publish " + container);
				}
			}
			if (spec.path("environment").has("JMX_PORT") || spec.path("environment").has("KAFKA_JMX_OPTS")) {
				problems.add(service + " opens JMX (JMX_PORT)");
			}
		});
		return problems;
	}

	private static Map<String, Set<Integer>> published(JsonNode compose) {
		Map<String, Set<Integer>> published = new TreeMap<>();
		compose.path("services").forEachEntry((service, spec) -> {
			for (JsonNode mapping : spec.path("ports")) {
				String[] parts = mapping.asString().split(":");
				published.computeIfAbsent(service, (key) -> new TreeSet<>())
					.add(Integer.parseInt(parts[parts.length - 1]));
			}
		});
		return published;
	}

	@Test
	void dataLivesInNamedVolumes() {
		Set<String> declared = new TreeSet<>();
		this.compose.path("volumes").forEachEntry((volume, spec) -> declared.add(volume));
		Set<String> used = new TreeSet<>();
		this.compose.path("services").forEachEntry((service, spec) -> {
			for (JsonNode volume : spec.path("volumes")) {
				String source = volume.asString().split(":")[0];
				if (source.startsWith("./")) {
					assertThat(source).as("bind mounts are configuration only").startsWith("./deploy/");
					assertThat(volume.asString()).endsWith(":ro");
					assertThat(Repository.path(source.substring(2))).exists();
				}
				else {
					used.add(source);
				}
			}
		});
		assertThat(used).isEqualTo(declared);
		for (String store : List.of("postgres", "redis", "mariadb", "kafka")) {
			assertThat(this.compose.path("services").path(store).path("volumes").toString()).as(store)
				.contains(store + "-data:");
		}
	}

	@Test
	void kafkaRunsInKraftModeWithoutZookeeper() {
		assertThat(this.compose.path("services").has("zookeeper")).isFalse();
		Map<String, String> kafka = environment(this.compose.path("services").path("kafka"));
		assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
		assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo("1@kafka:9093");
		assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).contains("kafka:29092");
		assertThat(kafka.get("CLUSTER_ID")).as("a base64 UUID").matches("[A-Za-z0-9_-]{22}");
		assertThat(Repository.read("docker-compose.yml").toLowerCase()).doesNotContain("zookeeper_connect");
		for (String app : List.of("product-service", "basket-service", "payment-service", "notification-service")) {
			assertThat(environment(this.compose.path("services").path(app)).get("KAFKA_BOOTSTRAP_SERVERS"))
				.isEqualTo("kafka:29092");
		}
	}

	@Test
	void monitoringIsAnOptionalProfileScrapingEveryAppsRealMetricsEndpoint() {
		for (String tool : List.of("prometheus", "grafana", "jaeger")) {
			assertThat(this.compose.path("services").path(tool).path("profiles").toString()).as(tool)
				.isEqualTo("[\"monitoring\"]");
		}
		JsonNode prometheus = Yaml.read(Repository.path("deploy/monitoring/prometheus.yml"));
		Map<String, String> scraped = new TreeMap<>();
		for (JsonNode job : prometheus.path("scrape_configs")) {
			scraped.put(job.path("job_name").asString(), job.path("metrics_path").asString() + " "
					+ job.path("static_configs").path(0).path("targets").path(0).asString());
		}
		Map<String, String> expected = new TreeMap<>();
		for (Application application : Application.all()) {
			assertThat(application.exposes("prometheus")).as(application.name()).isTrue();
			expected.put(application.name(),
					application.endpointPath("prometheus") + " " + application.name() + ":" + application.httpPort());
		}
		assertThat(scraped).isEqualTo(expected);
		// the gateway's /metrics needs its admin token: Prometheus reads it from the file
		// its entrypoint writes from the same ADMIN_TOKEN the gateway gets
		JsonNode gatewayJob = null;
		for (JsonNode job : prometheus.path("scrape_configs")) {
			if (job.path("job_name").asString().equals("gateway")) {
				gatewayJob = job;
			}
		}
		String tokenFile = gatewayJob.path("authorization").path("credentials_file").asString();
		assertThat(tokenFile).startsWith("/");
		JsonNode prometheusService = this.compose.path("services").path("prometheus");
		assertThat(environment(prometheusService).get("ADMIN_TOKEN")).isNotNull()
			.isEqualTo(environment(this.compose.path("services").path("gateway")).get("ADMIN_TOKEN"));
		assertThat(prometheusService.path("entrypoint").toString()).contains("> " + tokenFile);
	}

	@Test
	void grafanaIsProvisionedWithTheDatasourceAndADashboardForTheGatewayAndEachService() {
		JsonNode datasource = Yaml
			.read(Repository.path("deploy/monitoring/grafana/provisioning/datasources/prometheus.yml"))
			.path("datasources")
			.path(0);
		assertThat(datasource.path("url").asString()).isEqualTo("http://prometheus:9090");
		JsonNode provider = Yaml
			.read(Repository.path("deploy/monitoring/grafana/provisioning/dashboards/shopfront.yml"))
			.path("providers")
			.path(0);
		assertThat(provider.path("options").path("path").asString()).isEqualTo("/var/lib/grafana/dashboards");
		JsonNode dashboard = Yaml.read(Repository.path("deploy/monitoring/grafana/dashboards/shopfront.json"));
		StringBuilder expressions = new StringBuilder();
		for (JsonNode panel : dashboard.path("panels")) {
			assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(datasource.path("uid").asString());
			panel.path("targets").forEach((target) -> expressions.append(target.path("expr").asString()).append('\n'));
		}
		assertThat(expressions.toString()).contains("job=\"gateway\"")
			.contains("product-service")
			.contains("basket-service")
			.contains("payment-service")
			.contains("notification-service");
	}

	@Test
	void isValidAgainstTheComposeSpecification() throws IOException {
		Schema schema = composeSchema();
		assertThat(schema.validate(this.compose)).isEmpty();
		JsonNode misspelt = Yaml.read("""
				services:
				  gateway:
				    image: shopfront/gateway
				    depend_on: [redis]
				    healthcheck:
				      test: ["CMD", "true"]
				      intervall: 10s
				""");
		assertThat(schema.validate(misspelt)).extracting(Error::toString)
			.anyMatch((error) -> error.contains("depend_on"))
			.anyMatch((error) -> error.contains("intervall"));
	}

	/**
	 * The schema, without its draft-04 style {@code "id": "..."} annotations, which mean
	 * nothing in draft 2019-09 and which the validator refuses as unknown keywords.
	 */
	private static Schema composeSchema() throws IOException {
		try (InputStream json = ComposeTest.class.getResourceAsStream("/schemas/compose-spec.json")) {
			assertThat(json).as("schemas/compose-spec.json on the test classpath").isNotNull();
			JsonNode schema = Yaml.read(new String(json.readAllBytes()));
			removeIdAnnotations(schema);
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
		}
	}

	private static void removeIdAnnotations(JsonNode node) {
		if (node instanceof ObjectNode object && object.path("id").isString()) {
			object.remove("id");
		}
		node.forEach(ComposeTest::removeIdAnnotations);
	}

	@Test
	void dockerComposeAcceptsTheFile() throws Exception {
		assumeTrue(onPath("docker-compose"), "docker-compose is not installed (apt-get install docker-compose)");
		for (List<String> profile : List.of(List.<String>of(), List.of("--profile", "monitoring"))) {
			List<String> command = new ArrayList<>(List.of("docker-compose", "-f", "docker-compose.yml"));
			command.addAll(profile);
			command.addAll(List.of("config", "-q"));
			Process process = new ProcessBuilder(command).directory(Repository.root().toFile())
				.redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			String output = new String(process.getInputStream().readAllBytes());
			assertThat(process.exitValue()).as(output).isZero();
		}
	}

	@Test
	void theEnvironmentRuleFindsAnIgnoredAndAMissingVariable() {
		Application basket = Application.named("basket-service");
		ObjectNode service = (ObjectNode) this.compose.path("services").path("basket-service").deepCopy();
		ObjectNode env = (ObjectNode) service.path("environment");
		env.put("DB_HOST", "postgres");
		env.remove("PRODUCT_SERVICE_URL");
		assertThat(environmentProblems(basket, service)).hasSize(2)
			.anyMatch((problem) -> problem.contains("DB_HOST"))
			.anyMatch((problem) -> problem.contains("PRODUCT_SERVICE_URL"));
	}

	static List<String> environmentProblems(Application application, JsonNode service) {
		return EnvironmentRule.problems(application, environment(service).keySet());
	}

	static Map<String, String> environment(JsonNode service) {
		Map<String, String> environment = new LinkedHashMap<>();
		service.path("environment").forEachEntry((name, value) -> environment.put(name, resolve(value.asString())));
		return environment;
	}

	/**
	 * A compose value with {@code ${VAR:-default}} interpolations replaced by their
	 * defaults.
	 */
	private static String resolve(String value) {
		return value.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1");
	}

	private static boolean onPath(String binary) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(":")) {
			if (Files.isExecutable(Path.of(directory, binary))) {
				return true;
			}
		}
		return false;
	}

}
