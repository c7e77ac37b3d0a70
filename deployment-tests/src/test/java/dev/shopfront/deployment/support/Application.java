package dev.shopfront.deployment.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.shopfront.testsupport.Repository;

/**
 * One of the five applications, as its own configuration describes it: the source of
 * truth that the Dockerfiles, compose and the chart are checked against.
 */
public record Application(String name, String yaml, JsonNode config) {

	public static final List<String> NAMES = List.of("product-service", "basket-service", "payment-service",
			"notification-service", "gateway");

	private static final String PLATFORM_DEFAULTS = "platform/src/main/resources/shopfront-platform-defaults.yml";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	public static List<Application> all() {
		return NAMES.stream().map(Application::named).toList();
	}

	/**
	 * The application's effective configuration: the platform module's defaults (for the
	 * apps that depend on it) overlaid with its own application.yml.
	 */
	public static Application named(String name) {
		String yaml = Repository.read(name + "/src/main/resources/application.yml");
		JsonNode own = Yaml.read(yaml);
		JsonNode config = own;
		if (Repository.read(name + "/pom.xml").contains("<artifactId>platform</artifactId>")) {
			String defaults = Repository.read(PLATFORM_DEFAULTS);
			config = Yaml.merge(Yaml.read(defaults), own);
			// The app reads the defaults' placeholders too (TRACING_SAMPLING_PROBABILITY,
			// ...).
			yaml = yaml + "\n" + defaults;
		}
		return new Application(name, yaml, config);
	}

	/**
	 * Every {@code ${VAR:default}} placeholder of application.yml and of the platform
	 * defaults it builds on, with its default (null when none).
	 */
	public Map<String, String> placeholders() {
		Map<String, String> placeholders = new LinkedHashMap<>();
		Matcher matcher = PLACEHOLDER.matcher(this.yaml);
		while (matcher.find()) {
			placeholders.putIfAbsent(matcher.group(1), matcher.group(2));
		}
		return placeholders;
	}

	public int httpPort() {
		return Integer.parseInt(defaultOf(this.config.path("server").path("port").asString()));
	}

	public Optional<Integer> grpcPort() {
		JsonNode port = this.config.path("spring").path("grpc").path("server").path("port");
		return port.isMissingNode() ? Optional.empty() : Optional.of(Integer.parseInt(defaultOf(port.asString())));
	}

	public Set<Integer> ports() {
		Set<Integer> ports = new TreeSet<>(Set.of(httpPort()));
		grpcPort().ifPresent(ports::add);
		return ports;
	}

	/** The web path of an actuator endpoint, after base-path and path-mapping. */
	public String endpointPath(String endpoint) {
		JsonNode web = this.config.path("management").path("endpoints").path("web");
		String base = web.path("base-path").asString("/actuator");
		String mapped = web.path("path-mapping").path(endpoint).asString(endpoint);
		return (base.endsWith("/") ? base : base + "/") + mapped;
	}

	public boolean exposes(String endpoint) {
		String include = this.config.path("management")
			.path("endpoints")
			.path("web")
			.path("exposure")
			.path("include")
			.asString("");
		return List.of(include.split(",")).contains(endpoint);
	}

	/** Health paths the app serves: the health endpoint and one per configured group. */
	public Set<String> healthPaths() {
		Set<String> paths = new TreeSet<>();
		String health = endpointPath("health");
		paths.add(health);
		this.config.path("management")
			.path("endpoint")
			.path("health")
			.path("group")
			.forEachEntry((group, value) -> paths.add(health + "/" + group));
		return paths;
	}

	private static String defaultOf(String value) {
		Matcher matcher = PLACEHOLDER.matcher(value);
		return matcher.matches() ? matcher.group(2) : value;
	}

}
