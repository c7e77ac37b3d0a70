package dev.shopfront.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.shopfront.deployment.support.Application;
import dev.shopfront.deployment.support.EnvironmentRule;
import dev.shopfront.deployment.support.HelmChart;
import dev.shopfront.deployment.support.NetworkFlows;
import dev.shopfront.deployment.support.StrictKubernetes;
import dev.shopfront.deployment.support.Yaml;
import dev.shopfront.testsupport.Repository;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Helm chart, linted and rendered by Helm itself (helm-java, in this JVM) for
 * values.yaml and each environment's values file, every rendered object parsed strictly
 * into the Kubernetes model, then checked against the applications' own configuration and
 * the spec. No cluster is involved: what a cluster would add (admission, scheduling, the
 * Bitnami charts' own objects) is not checked here.
 */
class HelmChartTest {

	static final List<String> VALUES_FILES = HelmChart.VALUES_FILES;

	/** The spec's Environment Configuration: container limits, and volume sizes. */
	private static final Map<String, List<String>> LIMITS = Map.of("values.yaml", List.of("1000m", "1Gi"),
			"values-prod.yaml", List.of("1000m", "1Gi"), "values-staging.yaml", List.of("500m", "512Mi"),
			"values-dev.yaml", List.of("250m", "256Mi"));

	private static final Map<String, Map<String, String>> VOLUMES = Map.of("values.yaml",
			volumes("8Gi", "4Gi", "8Gi", "10Gi"), "values-prod.yaml", volumes("8Gi", "4Gi", "8Gi", "10Gi"),
			"values-staging.yaml", volumes("4Gi", "4Gi", "4Gi", "4Gi"), "values-dev.yaml",
			volumes("1Gi", "1Gi", "1Gi", "1Gi"));

	private static final Map<String, Integer> REPLICAS = Map.of("gateway", 3, "product-service", 2, "basket-service", 2,
			"payment-service", 2, "notification-service", 2);

	/**
	 * Apps with their own user on the shared PostgreSQL, and the key of the apps' Secret
	 * that holds its password (bundled or managed: the Bitnami chart knows only its one
	 * app user).
	 */
	private static final Map<String, String> OWN_POSTGRESQL_USERS = Map.of("notification-service",
			"notification-db-password");

	private static final Map<String, Integer> STORE_PORTS = Map.of("postgresql", 5432, "redis", 6379, "mariadb", 3306,
			"kafka", 9092);

	/** The non-root user the Dockerfiles create. */
	private static final long IMAGE_USER = 10001;

	@TempDir
	static Path work;

	static HelmChart chart;

	static final Map<String, List<HasMetadata>> RENDERED = new HashMap<>();

	@BeforeAll
	static void copyChart() {
		chart = HelmChart.copy(work);
	}

	static List<HasMetadata> rendered(String valuesFile) {
		return RENDERED.computeIfAbsent(valuesFile, (file) -> StrictKubernetes.parse(chart.render(file)));
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void lintsStrictlyWithoutWarnings(String valuesFile) {
		LintResult result = chart.lint(valuesFile);
		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
		assertThat(result.getMessages()).noneMatch((message) -> message.startsWith("[WARNING]"));
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void rendersOnlyObjectsOfKnownKindsWithKnownFields(String valuesFile) {
		List<HasMetadata> objects = rendered(valuesFile);
		Map<String, Integer> kinds = new TreeMap<>();
		objects.forEach((object) -> kinds.merge(object.getKind(), 1, Integer::sum));
		int apps = Application.NAMES.size();
		assertThat(kinds).containsEntry("Deployment", apps)
			.containsEntry("Service", apps)
			.containsEntry("ConfigMap", apps)
			.containsEntry("HorizontalPodAutoscaler", apps)
			.containsEntry("PodDisruptionBudget", apps)
			.containsEntry("ServiceMonitor", apps)
			.containsEntry("NetworkPolicy", apps + 1)
			.containsEntry("Ingress", 1)
			.containsEntry("ServiceAccount", 1);
	}

	@Test
	void strictParsingRejectsAMisspeltFieldAndAnUnknownKind() {
		String misspelt = """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: x
				spec:
				  replica: 3
				  selector:
				    matchLabels: {app: x}
				  template:
				    metadata:
				      labels: {app: x}
				    spec:
				      containers:
				        - name: x
				          image: x
				          readinessProbe:
				            httpGet: {path: /health/ready, port: 8080}
				            periodSecond: 5
				""";
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> StrictKubernetes.parse(misspelt))
			.withMessageContaining("spec: unknown field(s) [replica]")
			.withMessageContaining("readinessProbe: unknown field(s) [periodSecond]");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(
				() -> StrictKubernetes.parse("apiVersion: example.com/v1\nkind: Frobnicator\nmetadata:\n  name: x\n"))
			.withMessageContaining("unknown apiVersion/kind");
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void probesUseTheAppsRealHealthPathsAndPorts(String valuesFile) {
		for (Application application : Application.all()) {
			Container container = container(valuesFile, application.name());
			String health = application.endpointPath("health");
			assertProbe(application, container.getLivenessProbe(), health + "/live", 30);
			assertProbe(application, container.getReadinessProbe(), health + "/ready", 5);
			assertProbe(application, container.getStartupProbe(), health + "/live", 5);
			assertThat(container.getPorts()).extracting((port) -> port.getContainerPort())
				.as(application.name())
				.containsExactlyInAnyOrderElementsOf(application.ports());
		}
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void podsRunAsTheImagesNonRootUserOnAReadOnlyFilesystemWithoutCapabilities(String valuesFile) {
		for (String app : Application.NAMES) {
			PodSpec pod = deployment(valuesFile, app).getSpec().getTemplate().getSpec();
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(app).isTrue();
			assertThat(pod.getSecurityContext().getRunAsUser()).as(app).isEqualTo(IMAGE_USER);
			assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
			assertThat(pod.getAutomountServiceAccountToken()).isFalse();
			Container container = pod.getContainers().get(0);
			assertThat(container.getSecurityContext().getRunAsNonRoot()).isTrue();
			assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
			assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
			assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
			assertThat(container.getSecurityContext().getCapabilities().getAdd()).isNullOrEmpty();
			assertThat(container.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
			assertThat(container.getVolumeMounts())
				.anyMatch((mount) -> mount.getMountPath().equals("/tmp") && pod.getVolumes()
					.stream()
					.anyMatch((volume) -> volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null));
			assertThat(container.getImage()).isEqualTo("ghcr.io/shopfront/shopfront/" + app + ":0.1.0");
		}
		assertThat(Repository.read("gateway/Dockerfile")).contains("USER " + IMAGE_USER + ":" + IMAGE_USER);
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void runsThreeGatewaysAndTwoOfEachServiceWithAutoscalingAndDisruptionBudgets(String valuesFile) {
		REPLICAS.forEach((app, replicas) -> {
			assertThat(deployment(valuesFile, app).getSpec().getReplicas()).as(app).isEqualTo(replicas);
			HorizontalPodAutoscaler hpa = named(valuesFile, HorizontalPodAutoscaler.class, app);
			assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("shopfront-" + app);
			assertThat(hpa.getSpec().getMinReplicas()).as(app).isEqualTo(replicas);
			assertThat(hpa.getSpec().getMaxReplicas()).as(app).isGreaterThan(replicas);
			assertThat(hpa.getSpec().getMetrics()).extracting((metric) -> metric.getResource().getName())
				.containsExactlyInAnyOrder("cpu", "memory");
			PodDisruptionBudget pdb = named(valuesFile, PodDisruptionBudget.class, app);
			assertThat(pdb.getSpec().getMinAvailable().getIntVal()).as(app).isBetween(1, replicas - 1);
			assertThat(pdb.getSpec().getSelector().getMatchLabels())
				.isEqualTo(deployment(valuesFile, app).getSpec().getSelector().getMatchLabels());
		});
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void resourcesAndVolumesAreTheSpecsSizesForTheEnvironment(String valuesFile) {
		for (String app : Application.NAMES) {
			Map<String, Quantity> limits = container(valuesFile, app).getResources().getLimits();
			Map<String, Quantity> requests = container(valuesFile, app).getResources().getRequests();
			assertThat(limits.get("cpu")).as(app).isEqualTo(new Quantity(LIMITS.get(valuesFile).get(0)));
			assertThat(limits.get("memory")).as(app).isEqualTo(new Quantity(LIMITS.get(valuesFile).get(1)));
			assertThat(requests.get("memory")).as("a JVM's memory request is its limit")
				.isEqualTo(limits.get("memory"));
			assertThat(Quantity.getAmountInBytes(requests.get("cpu")))
				.isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get("cpu")));
		}
		JsonNode values = chart.values(valuesFile);
		Map<String, String> volumes = new TreeMap<>();
		volumes.put("postgresql",
				values.path("postgresql").path("primary").path("persistence").path("size").asString());
		volumes.put("redis", values.path("redis").path("master").path("persistence").path("size").asString());
		volumes.put("mariadb", values.path("mariadb").path("primary").path("persistence").path("size").asString());
		volumes.put("kafka", values.path("kafka").path("controller").path("persistence").path("size").asString());
		assertThat(volumes).isEqualTo(VOLUMES.get(valuesFile));
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void servicesAreClusterInternalAndTheIngressIsTheOneWayIn(String valuesFile) {
		for (Application application : Application.all()) {
			Service service = named(valuesFile, Service.class, application.name());
			assertThat(service.getSpec().getType()).as(application.name()).isEqualTo("ClusterIP");
			Map<String, Integer> ports = new TreeMap<>();
			for (ServicePort port : service.getSpec().getPorts()) {
				ports.put(port.getName(), port.getPort());
			}
			Map<String, Integer> expected = new TreeMap<>(Map.of("http", application.httpPort()));
			application.grpcPort().ifPresent((grpc) -> expected.put("grpc", grpc));
			assertThat(ports).as(application.name()).isEqualTo(expected);
			assertThat(service.getSpec().getSelector())
				.isEqualTo(deployment(valuesFile, application.name()).getSpec().getSelector().getMatchLabels());
		}
		Ingress ingress = only(valuesFile, Ingress.class);
		var backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService();
		assertThat(backend.getName()).isEqualTo("shopfront-gateway");
		assertThat(backend.getPort().getName()).isEqualTo("http");
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void appsGetExactlyTheVariablesTheyReadPointingAtRenderedServices(String valuesFile) {
		Map<String, Map<String, Integer>> servicePorts = new TreeMap<>();
		for (Service service : all(valuesFile, Service.class)) {
			Map<String, Integer> ports = new TreeMap<>();
			service.getSpec().getPorts().forEach((port) -> ports.put(port.getName(), port.getPort()));
			servicePorts.put(service.getMetadata().getName(), ports);
		}
		for (Application application : Application.all()) {
			Container container = container(valuesFile, application.name());
			ConfigMap config = named(valuesFile, ConfigMap.class, application.name());
			assertThat(container.getEnvFrom().get(0).getConfigMapRef().getName())
				.isEqualTo(config.getMetadata().getName());
			Set<String> variables = new TreeSet<>(config.getData().keySet());
			for (EnvVar secret : container.getEnv()) {
				assertThat(secret.getValueFrom().getSecretKeyRef()).as(secret.getName()).isNotNull();
				variables.add(secret.getName());
			}
			assertThat(EnvironmentRule.problems(application, variables)).isEmpty();
			assertThat(config.getData().keySet()).as("passwords only from Secrets")
				.noneMatch((name) -> name.contains("PASSWORD") || name.contains("TOKEN"));
			config.getData().forEach((name, value) -> {
				for (String address : value.split(",")) {
					String hostPort = address.replaceFirst("^http://", "");
					if (hostPort.startsWith("shopfront-") && hostPort.contains(":")
							&& !hostPort.startsWith("shopfront-redis") && !hostPort.startsWith("shopfront-kafka")) {
						String host = hostPort.substring(0, hostPort.indexOf(':'));
						int port = Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1));
						assertThat(servicePorts).as("%s=%s", name, value).containsKey(host);
						assertThat(servicePorts.get(host)).as("%s=%s", name, value).containsValue(port);
					}
				}
			});
		}
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void serviceMonitorsScrapeEachAppsRealMetricsPath(String valuesFile) {
		for (Application application : Application.all()) {
			ServiceMonitor monitor = named(valuesFile, ServiceMonitor.class, application.name());
			assertThat(monitor.getSpec().getSelector().getMatchLabels())
				.isEqualTo(named(valuesFile, Service.class, application.name()).getSpec().getSelector());
			assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies((endpoint) -> {
				assertThat(endpoint.getPort()).isEqualTo("http");
				assertThat(endpoint.getPath()).isEqualTo(application.endpointPath("prometheus"));
				if (application.name().equals("gateway")) {
					// the gateway's /metrics needs the admin token: the same Secret key
					// the
					// gateway reads ADMIN_TOKEN from
					var token = container(valuesFile, "gateway").getEnv()
						.stream()
						.filter((variable) -> variable.getName().equals("ADMIN_TOKEN"))
						.findFirst()
						.orElseThrow()
						.getValueFrom()
						.getSecretKeyRef();
					assertThat(endpoint.getAuthorization().getType()).isEqualTo("Bearer");
					assertThat(endpoint.getAuthorization().getCredentials().getName()).isEqualTo(token.getName());
					assertThat(endpoint.getAuthorization().getCredentials().getKey()).isEqualTo(token.getKey());
				}
				else {
					assertThat(endpoint.getAuthorization()).isNull();
				}
			});
		}
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void networkPoliciesDenyByDefaultAndAllowExactlyTheRealFlows(String valuesFile) {
		List<HasMetadata> objects = rendered(valuesFile);
		assertThat(flowProblems(objects)).isEmpty();
		NetworkPolicy deny = NetworkFlows.policies(objects)
			.stream()
			.filter((policy) -> policy.getMetadata().getName().endsWith("-default-deny"))
			.findFirst()
			.orElseThrow();
		assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
		assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
		for (String app : Application.NAMES) {
			assertThat(deployment(valuesFile, app).getSpec().getTemplate().getMetadata().getLabels()).as(app)
				.containsAllEntriesOf(deny.getSpec().getPodSelector().getMatchLabels());
		}
	}

	@Test
	void theFlowCheckFindsAnExtraRuleAndAMissingOne(@TempDir Path mutated) throws IOException {
		HelmChart copy = HelmChart.copy(mutated);
		Files.writeString(copy.file("templates/networkpolicy.yaml"), """

				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata:
				  name: sneaky
				spec:
				  podSelector:
				    matchLabels:
				      app.kubernetes.io/component: gateway
				  policyTypes: [Egress]
				  egress:
				    - to:
				        - podSelector:
				            matchLabels:
				              app.kubernetes.io/name: postgresql
				      ports:
				        - port: 5432
				""", StandardOpenOption.APPEND);
		assertThat(flowProblems(StrictKubernetes.parse(copy.render("values.yaml"))))
			.containsExactly("allowed but not a real flow: gateway -> postgresql:5432/TCP");
		Path template = copy.file("templates/_helpers.tpl");
		String helpers = Files.readString(template);
		String basketCallsProduct = "basket-service:\n  apps:\n    product-service: grpc\n";
		assertThat(helpers).contains(basketCallsProduct);
		Files.writeString(template, helpers.replace(basketCallsProduct, "basket-service:\n"));
		assertThat(flowProblems(StrictKubernetes.parse(copy.render("values.yaml")))).containsExactlyInAnyOrder(
				"allowed but not a real flow: gateway -> postgresql:5432/TCP",
				"a real flow not allowed: basket-service -> product-service:50050/TCP",
				"a real flow not allowed: basket-service -> product-service:50050/TCP (ingress)");
	}

	@Test
	void jaegerInTheReleaseReceivesEveryAppsSpansThroughTheOnlyFlowsAdded(@TempDir Path work) throws IOException {
		HelmChart traced = HelmChart.copy(work);
		Files.writeString(traced.file("values-traced.yaml"), "tracing:\n  jaeger:\n    enabled: true\n");
		List<HasMetadata> objects = StrictKubernetes.parse(traced.render("values-traced.yaml"));

		Deployment jaeger = objects.stream()
			.filter((object) -> object instanceof Deployment
					&& object.getMetadata().getName().equals("shopfront-jaeger"))
			.map(Deployment.class::cast)
			.findFirst()
			.orElseThrow();
		Container container = jaeger.getSpec().getTemplate().getSpec().getContainers().get(0);
		assertThat(container.getImage()).startsWith("jaegertracing/all-in-one:");
		assertThat(container.getPorts()).extracting((port) -> port.getContainerPort()).contains(4317, 4318, 16686);
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(objects)
			.filteredOn(
					(object) -> object instanceof Service && object.getMetadata().getName().equals("shopfront-jaeger"))
			.singleElement();
		for (String app : Application.NAMES) {
			ConfigMap config = objects.stream()
				.filter((object) -> object instanceof ConfigMap
						&& object.getMetadata().getName().equals("shopfront-" + app))
				.map(ConfigMap.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(config.getData()).as(app)
				.containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://shopfront-jaeger:4318");
		}
		List<String> expected = new ArrayList<>();
		for (String app : Application.NAMES) {
			expected.add("allowed but not a real flow: " + app + " -> jaeger:4318/TCP");
		}
		expected.add(
				"allowed but not a real flow: app.kubernetes.io/part-of=shopfront,app.kubernetes.io/instance=shopfront -> jaeger:4318/TCP (ingress)");
		assertThat(flowProblems(objects)).as("the flows tracing adds, and no other")
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(chart.values("values.yaml").path("tracing").path("jaeger").path("enabled").asBoolean())
			.as("off unless asked for")
			.isFalse();
	}

	@Test
	void managedDataStoresReplaceTheBundledChartsAndTheirFlows() {
		String manifest = new Helm(chart.directory()).template()
			.withName(HelmChart.RELEASE)
			.withNamespace(HelmChart.NAMESPACE)
			.withKubeVersion(HelmChart.KUBE_VERSION)
			.set("postgresql.enabled", "false")
			.set("external.postgresql.host", "products.abc.eu-west-1.rds.amazonaws.com")
			.set("mariadb.enabled", "false")
			.set("external.mariadb.host", "payments.abc.eu-west-1.rds.amazonaws.com")
			.set("redis.enabled", "false")
			.set("external.redis.host", "baskets.abc.cache.amazonaws.com")
			.set("kafka.enabled", "false")
			.set("external.kafka.bootstrapServers", "b-1.msk.amazonaws.com:9096,b-2.msk.amazonaws.com:9096")
			.set("networkPolicy.externalDataStoreCidr", "10.20.0.0/16")
			.call();
		List<HasMetadata> objects = StrictKubernetes.parse(manifest);
		ConfigMap product = objects.stream()
			.filter((object) -> object instanceof ConfigMap
					&& object.getMetadata().getName().equals("shopfront-product-service"))
			.map(ConfigMap.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(product.getData()).containsEntry("DB_HOST", "products.abc.eu-west-1.rds.amazonaws.com")
			.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "b-1.msk.amazonaws.com:9096,b-2.msk.amazonaws.com:9096");
		assertThat(objects).noneMatch(Secret.class::isInstance);
		assertThat(NetworkFlows.egress(objects))
			.contains("product-service -> cidr:10.20.0.0/16:5432/TCP", "payment-service -> cidr:10.20.0.0/16:3306/TCP",
					"basket-service -> cidr:10.20.0.0/16:6379/TCP", "payment-service -> cidr:10.20.0.0/16:9096/TCP",
					"notification-service -> cidr:10.20.0.0/16:5432/TCP",
					"notification-service -> cidr:10.20.0.0/16:9096/TCP")
			.noneMatch((edge) -> edge.contains("-> postgresql:") || edge.contains("-> kafka:"));
		Map<String, Map<String, String>> tls = new TreeMap<>();
		Map<String, Map<String, String>> passwords = new TreeMap<>();
		for (HasMetadata object : objects) {
			String app = object.getMetadata().getName().replaceFirst("^shopfront-", "");
			if (object instanceof ConfigMap config) {
				Map<String, String> settings = new TreeMap<>(config.getData());
				settings.keySet().retainAll(Set.of("DB_SSL_MODE", "REDIS_SSL", "KAFKA_SECURITY_PROTOCOL", "DB_USER"));
				tls.put(app, settings);
			}
			if (object instanceof Deployment deployment) {
				Map<String, String> references = new TreeMap<>();
				deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().forEach((variable) -> {
					var reference = variable.getValueFrom().getSecretKeyRef();
					references.put(variable.getName(), reference.getName() + "/" + reference.getKey());
				});
				passwords.put(app, references);
			}
		}
		assertThat(tls).as("TLS to every managed data store, as Terraform requires, and the apps' own database users")
			.isEqualTo(Map.of("product-service",
					Map.of("DB_SSL_MODE", "require", "DB_USER", "product_service", "KAFKA_SECURITY_PROTOCOL",
							"SASL_SSL"),
					"basket-service", Map.of("REDIS_SSL", "true", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
					"payment-service",
					Map.of("DB_SSL_MODE", "trust", "DB_USER", "payment_service", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
					"gateway", Map.of("REDIS_SSL", "true"), "notification-service", Map.of("DB_SSL_MODE", "require",
							"DB_USER", "notification_service", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL")));
		assertThat(passwords.get("product-service")).containsEntry("DB_PASSWORD",
				"shopfront-secrets/postgresql-password");
		assertThat(passwords.get("payment-service")).containsEntry("DB_PASSWORD", "shopfront-secrets/mariadb-password");
		assertThat(passwords.get("gateway")).containsEntry("REDIS_PASSWORD", "shopfront-secrets/redis-password");
		assertThat(passwords.get("notification-service")).containsEntry("DB_PASSWORD",
				"shopfront-secrets/notification-db-password");
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void theNotificationServiceHasItsOwnUserAndDatabaseOnTheSharedPostgresql(String valuesFile) {
		ConfigMap config = named(valuesFile, ConfigMap.class, "notification-service");
		ConfigMap product = named(valuesFile, ConfigMap.class, "product-service");
		assertThat(config.getData()).containsEntry("DB_HOST", product.getData().get("DB_HOST"))
			.containsEntry("DB_NAME", "notification_service")
			.doesNotContainEntry("DB_USER", product.getData().get("DB_USER"));
		JsonNode values = chart.values(valuesFile);
		String scriptsSecret = values.path("postgresql")
			.path("primary")
			.path("initdb")
			.path("scriptsSecret")
			.asString();
		assertThat(scriptsSecret).as("the init script's Secret, created by the operator").isNotBlank();
		assertThat(all(valuesFile, Secret.class))
			.noneMatch((secret) -> secret.getMetadata().getName().contains("initdb"));
		String readme = Repository.read(HelmChart.SOURCE + "/README.md");
		assertThat(readme).as("README.md tells the operator how to create it")
			.contains("create secret generic " + scriptsSecret)
			.contains("CREATE ROLE " + config.getData().get("DB_USER") + " LOGIN PASSWORD")
			.contains(
					"CREATE DATABASE " + config.getData().get("DB_NAME") + " OWNER " + config.getData().get("DB_USER"))
			.contains("--from-literal=" + OWN_POSTGRESQL_USERS.get("notification-service") + "=");
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void everyEnvironmentReadsEverySecretFromSecretsCreatedOutsideTheChart(String valuesFile) {
		assertThat(all(valuesFile, Secret.class)).isEmpty();
		JsonNode values = chart.values(valuesFile);
		String own = values.path("secrets").path("existingSecret").asString();
		String postgresql = values.path("postgresql").path("auth").path("existingSecret").asString();
		String mariadb = values.path("mariadb").path("auth").path("existingSecret").asString();
		String redis = values.path("redis").path("auth").path("existingSecret").asString();
		assertThat(List.of(own, postgresql, mariadb, redis,
				values.path("kafka").path("sasl").path("existingSecret").asString()))
			.as("existingSecret of the apps, PostgreSQL, MariaDB, Redis and Kafka")
			.allSatisfy((name) -> assertThat(name).isNotBlank());
		Map<String, String> expected = new TreeMap<>();
		for (Application application : Application.all()) {
			String app = application.name();
			Set<String> calls = ComposeTest.DEPENDENCIES.get(app);
			if (calls.contains("postgres")) {
				String key = OWN_POSTGRESQL_USERS.get(app);
				expected.put(app + "/DB_PASSWORD", (key != null) ? own + "/" + key : postgresql + "/password");
			}
			if (calls.contains("mariadb")) {
				expected.put(app + "/DB_PASSWORD", mariadb + "/mariadb-password");
			}
			if (calls.contains("redis")) {
				expected.put(app + "/REDIS_PASSWORD", redis + "/redis-password");
			}
			if (calls.contains("kafka")) {
				expected.put(app + "/KAFKA_SASL_PASSWORD", own + "/kafka-password-" + app);
			}
			boolean callsOverGrpc = !app.equals("gateway") && calls.stream().anyMatch(Application.NAMES::contains);
			if (application.grpcPort().isPresent() || callsOverGrpc) {
				expected.put(app + "/GRPC_AUTH_TOKEN", own + "/grpc-auth-token");
			}
		}
		expected.put("gateway/ADMIN_TOKEN", own + "/admin-token");
		expected.put("gateway/API_KEYS", own + "/api-keys");
		Map<String, String> references = new TreeMap<>();
		for (String app : Application.NAMES) {
			for (EnvVar variable : container(valuesFile, app).getEnv()) {
				var reference = variable.getValueFrom().getSecretKeyRef();
				references.put(app + "/" + variable.getName(), reference.getName() + "/" + reference.getKey());
				assertThat(reference.getOptional()).as("only the API keys may be absent")
					.isEqualTo(variable.getName().equals("API_KEYS") ? Boolean.TRUE : null);
			}
		}
		assertThat(references).isEqualTo(expected);
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void noValuesFileHoldsASecret(String valuesFile) {
		String text = Repository.read(HelmChart.SOURCE + "/" + valuesFile);
		assertThat(text.toLowerCase()).doesNotContain("change-me").doesNotContain("changeme");
		assertThat(secretValues(chart.values(valuesFile), "")).isEmpty();
	}

	@Test
	void theSecretCheckFindsAnInlinePassword() {
		JsonNode values = Yaml.read("redis:\n  auth:\n    password: change-me\nsecrets:\n  existingSecret: s\n");
		assertThat(secretValues(values, "")).containsExactly("redis.auth.password");
	}

	@Test
	void theValuesSchemaRefusesDefaultAndEmptySecretsAndPlainTextToManagedStores() {
		Map<String, String> refused = new TreeMap<>();
		refused.put("secrets.existingSecret", "");
		refused.put("secrets.adminToken", "change-me");
		refused.put("postgresql.auth.password", "change-me");
		refused.put("postgresql.auth.existingSecret", "");
		refused.put("postgresql.primary.initdb.scriptsSecret", "");
		refused.put("external.postgresql.notification.username", "");
		refused.put("redis.auth.password", "");
		refused.put("mariadb.auth.rootPassword", "changeme");
		refused.put("kafka.sasl.existingSecret", "");
		refused.put("kafka.sasl.client.passwords", "change-me");
		refused.put("kafka.listeners.client.protocol", "PLAINTEXT");
		refused.put("kafka.overrideConfiguration.auto\\.create\\.topics\\.enable", "true");
		refused.put("kafka.overrideConfiguration.allow\\.everyone\\.if\\.no\\.acl\\.found", "true");
		refused.put("external.postgresql.sslMode", "disable");
		refused.put("external.mariadb.sslMode", "disable");
		refused.put("external.redis.ssl", "false");
		refused.put("external.kafka.securityProtocol", "PLAINTEXT");
		refused.put("apps.gateway.service.type", "LoadBalancer");
		refused.forEach((key, value) -> {
			var template = new Helm(chart.directory()).template()
				.withName(HelmChart.RELEASE)
				.withKubeVersion(HelmChart.KUBE_VERSION);
			assertThatExceptionOfType(IllegalStateException.class).as("%s=%s", key, value)
				.isThrownBy(() -> template.set(key, value).call())
				.withMessageContaining("schema");
		});
		var strong = new Helm(chart.directory()).template()
			.withName(HelmChart.RELEASE)
			.withKubeVersion(HelmChart.KUBE_VERSION);
		assertThat(strong.set("postgresql.auth.password", "Xq7-long-enough-and-random").call())
			.contains("kind: Deployment");
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void kafkaClientsLogInAndMayTouchOnlyTheirOwnTopics(String valuesFile) {
		JsonNode kafka = chart.values(valuesFile).path("kafka");
		assertThat(kafka.path("listeners").path("client").path("protocol").asString()).startsWith("SASL_");
		assertThat(kafka.path("sasl").path("enabledMechanisms").asString()).contains("SCRAM-SHA-512");
		JsonNode broker = kafka.path("overrideConfiguration");
		assertThat(broker.path("auto.create.topics.enable").asString()).isEqualTo("false");
		assertThat(broker.path("allow.everyone.if.no.acl.found").asString()).isEqualTo("false");
		assertThat(broker.path("authorizer.class.name").asString()).endsWith("StandardAuthorizer");
		Set<String> users = new TreeSet<>();
		kafka.path("sasl").path("client").path("users").forEach((user) -> users.add(user.asString()));
		Set<String> topics = new TreeSet<>();
		kafka.path("provisioning").path("topics").forEach((topic) -> topics.add(topic.path("name").asString()));
		assertThat(kafka.path("provisioning").path("enabled").asBoolean()).isTrue();
		assertThat(topics).containsAll(KafkaGrants.SPEC_TOPICS);
		List<String> commands = new ArrayList<>();
		kafka.path("provisioning")
			.path("extraProvisioningCommands")
			.forEach((command) -> commands.add(command.asString()));
		Set<String> grants = KafkaGrants.parse(commands);
		assertThat(grants).as("ACLs name declared topics only")
			.allSatisfy((grant) -> assertThat(grant).matches(
					(text) -> !text.contains(" topic:") || topics.contains(text.replaceFirst(".* topic:", "")),
					"topic declared"));
		for (String app : Application.NAMES) {
			boolean usesKafka = ComposeTest.DEPENDENCIES.get(app).contains("kafka");
			ConfigMap config = named(valuesFile, ConfigMap.class, app);
			if (!usesKafka) {
				assertThat(config.getData()).doesNotContainKey("KAFKA_SASL_USERNAME");
				continue;
			}
			assertThat(config.getData()).containsEntry("KAFKA_SASL_USERNAME", app)
				.containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
				.containsEntry("KAFKA_SECURITY_PROTOCOL",
						kafka.path("listeners").path("client").path("protocol").asString());
			assertThat(users).contains(app);
			assertThat(grants).as("grants of %s", app).anyMatch((grant) -> grant.startsWith("User:" + app + " "));
		}
		assertThat(KafkaGrants.ofApps(grants)).as("the apps' grants on MSK (terraform/kafka-acls.sh)")
			.isEqualTo(
					KafkaGrants.ofApps(KafkaGrants.parse(Repository.read("terraform/kafka-acls.sh").lines().toList())));
	}

	@ParameterizedTest
	@FieldSource("VALUES_FILES")
	void everyGrpcAppReadsTheCallTokenFromTheSecretWithReflectionOff(String valuesFile) {
		for (Application application : Application.all()) {
			boolean grpc = application.grpcPort().isPresent();
			ConfigMap config = named(valuesFile, ConfigMap.class, application.name());
			List<String> secrets = container(valuesFile, application.name()).getEnv()
				.stream()
				.map(EnvVar::getName)
				.toList();
			assertThat(secrets.contains("GRPC_AUTH_TOKEN")).as(application.name()).isEqualTo(grpc);
			if (grpc) {
				assertThat(config.getData()).containsEntry("GRPC_REFLECTION_ENABLED", "false");
			}
		}
	}

	/** Paths of values that look like a secret given inline: a password, token or key. */
	static List<String> secretValues(JsonNode node, String path) {
		List<String> found = new ArrayList<>();
		node.forEachEntry((key, value) -> {
			String at = path.isEmpty() ? key : path + "." + key;
			if (value.isObject()) {
				found.addAll(secretValues(value, at));
			}
			else if (key.matches("(?i).*(password|passwords|token|apikeys|secretkey)$")) {
				found.add(at);
			}
		});
		return found;
	}

	@Test
	void theValuesSchemaRejectsAMisspeltOrWronglyTypedSetting() {
		var template = new Helm(chart.directory()).template().withName(HelmChart.RELEASE);
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> template.set("apps.gateway.replicas", "5").call())
			.withMessageContaining("replicas");
		var typed = new Helm(chart.directory()).template().withName(HelmChart.RELEASE);
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> typed.set("apps.gateway.resources.limits.memory", "1GB").call())
			.withMessageContaining("memory");
	}

	@Test
	void declaresTheBitnamiChartsAsDependenciesBehindConditions() {
		JsonNode dependencies = Yaml.read(Repository.path(HelmChart.SOURCE + "/Chart.yaml")).path("dependencies");
		Map<String, String> conditions = new TreeMap<>();
		for (JsonNode dependency : dependencies) {
			assertThat(dependency.path("repository").asString()).contains("bitnamicharts");
			conditions.put(dependency.path("name").asString(), dependency.path("condition").asString());
		}
		assertThat(conditions).isEqualTo(Map.of("postgresql", "postgresql.enabled", "redis", "redis.enabled", "mariadb",
				"mariadb.enabled", "kafka", "kafka.enabled"));
		assertThat(all("values.yaml", ServiceAccount.class)).singleElement()
			.satisfies((account) -> assertThat(account.getAutomountServiceAccountToken()).isFalse());
	}

	/**
	 * Differences between what the NetworkPolicies allow and the real flows: the calls of
	 * {@link ComposeTest#DEPENDENCIES} (the same in compose and Kubernetes), the ingress
	 * controller to the gateway, Prometheus to every app, and DNS.
	 */
	static List<String> flowProblems(List<HasMetadata> objects) {
		Set<String> ingress = new TreeSet<>();
		Set<String> egress = new TreeSet<>();
		ingress.add("ns:ingress-nginx -> gateway:8083/TCP");
		for (Application application : Application.all()) {
			String app = application.name();
			ingress.add("ns:monitoring -> " + app + ":" + application.httpPort() + "/TCP");
			egress.add(app + " -> ns:kube-system/k8s-app=kube-dns:53/UDP");
			egress.add(app + " -> ns:kube-system/k8s-app=kube-dns:53/TCP");
			for (String callee : ComposeTest.DEPENDENCIES.get(app)) {
				if (Application.NAMES.contains(callee)) {
					Application target = Application.named(callee);
					int port = app.equals("gateway") ? target.httpPort() : target.grpcPort().orElseThrow();
					egress.add(app + " -> " + callee + ":" + port + "/TCP");
					ingress.add(app + " -> " + callee + ":" + port + "/TCP");
				}
				else {
					String store = callee.equals("postgres") ? "postgresql" : callee;
					egress.add(app + " -> " + store + ":" + STORE_PORTS.get(store) + "/TCP");
				}
			}
		}
		List<String> problems = new ArrayList<>();
		compare(NetworkFlows.ingress(objects), ingress, " (ingress)", problems);
		compare(NetworkFlows.egress(objects), egress, "", problems);
		return problems;
	}

	private static void compare(Set<String> allowed, Set<String> expected, String suffix, List<String> problems) {
		allowed.stream()
			.filter((edge) -> !expected.contains(edge))
			.forEach((edge) -> problems.add("allowed but not a real flow: " + edge + suffix));
		expected.stream()
			.filter((edge) -> !allowed.contains(edge))
			.forEach((edge) -> problems.add("a real flow not allowed: " + edge + suffix));
	}

	private static void assertProbe(Application application, Probe probe, String path, int period) {
		assertThat(probe.getHttpGet().getPath()).as(application.name()).isEqualTo(path);
		assertThat(application.healthPaths()).as(application.name()).contains(path);
		assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
		assertThat(probe.getPeriodSeconds()).isEqualTo(period);
	}

	private static Deployment deployment(String valuesFile, String app) {
		return named(valuesFile, Deployment.class, app);
	}

	private static Container container(String valuesFile, String app) {
		return deployment(valuesFile, app).getSpec().getTemplate().getSpec().getContainers().get(0);
	}

	private static <T extends HasMetadata> T named(String valuesFile, Class<T> type, String app) {
		return all(valuesFile, type).stream()
			.filter((object) -> object.getMetadata().getName().equals("shopfront-" + app))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " shopfront-" + app));
	}

	private static <T extends HasMetadata> T only(String valuesFile, Class<T> type) {
		List<T> objects = all(valuesFile, type);
		assertThat(objects).hasSize(1);
		return objects.get(0);
	}

	private static <T extends HasMetadata> List<T> all(String valuesFile, Class<T> type) {
		return rendered(valuesFile).stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static Map<String, String> volumes(String postgresql, String redis, String mariadb, String kafka) {
		return new TreeMap<>(Map.of("postgresql", postgresql, "redis", redis, "mariadb", mariadb, "kafka", kafka));
	}

}
