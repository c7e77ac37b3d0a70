package dev.shopfront.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.shopfront.deployment.support.HelmChart;
import dev.shopfront.deployment.support.Yaml;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml and the Helm chart against local-stack's engine-images.properties,
 * the one place that names the engines' images (Testcontainers starts exactly those): the
 * three never drift apart.
 */
class EngineImagesTest {

	static final String SOURCE = "local-stack/src/main/resources/dev/shopfront/localstack/engine-images.properties";

	/** Engine key in the properties and compose service name → Helm subchart key. */
	private static final Map<String, String> ENGINES = Map.of("postgres", "postgresql", "mariadb", "mariadb", "redis",
			"redis", "kafka", "kafka");

	private final Properties images = load(Repository.read(SOURCE));

	private final JsonNode compose = Yaml.read(Repository.path("docker-compose.yml"));

	@Test
	void composeAndEveryHelmEnvironmentRunTheImagesOfTheOnePlace() {
		for (String valuesFile : HelmChart.VALUES_FILES) {
			assertThat(problems(this.images, this.compose, values(valuesFile))).as(valuesFile).isEmpty();
		}
	}

	@Test
	void aDriftInComposeOrHelmIsCaught() {
		ObjectNode compose = (ObjectNode) this.compose.deepCopy();
		((ObjectNode) compose.path("services").path("kafka")).put("image", "apache/kafka:4.1.0");
		ObjectNode values = (ObjectNode) values("values.yaml").deepCopy();
		((ObjectNode) values.path("redis").path("image")).put("tag", "8.0.2-debian-12-r3");
		((ObjectNode) values.path("mariadb").path("image")).put("tag", "11.4.6-debian-12-r1");

		assertThat(problems(this.images, compose, values)).containsExactlyInAnyOrder(
				"compose service kafka runs apache/kafka:4.1.0, engine-images.properties names apache/kafka:4.1.2",
				"Helm redis runs docker.io/bitnamilegacy/redis:8.0.2-debian-12-r3, engine-images.properties names docker.io/bitnamilegacy/redis:7.4.1-debian-12-r2",
				"Helm mariadb runs docker.io/bitnamilegacy/mariadb:11.4.6-debian-12-r1, engine-images.properties names docker.io/bitnamilegacy/mariadb:11.4.6-debian-12-r0");
	}

	@Test
	void theHelmImagesAreTheOfficialVersionsOrSayWhyNot() {
		Properties wrong = new Properties();
		wrong.putAll(this.images);
		wrong.setProperty("redis.helm", "bitnamilegacy/redis:8.0.2-debian-12-r3");
		wrong.remove("kafka.helm.behind");
		wrong.setProperty("mariadb.helm.behind", "a reason for a gap there is not");

		assertThat(versionProblems(wrong)).containsExactlyInAnyOrder(
				"redis: Helm's bitnamilegacy/redis:8.0.2-debian-12-r3 is not version 7 of redis:7-alpine",
				"kafka: Helm's bitnamilegacy/kafka:4.0.0-debian-12-r10 is not version 4.1.2 of apache/kafka:4.1.2",
				"mariadb: mariadb.helm.behind gives a reason, but the versions agree: remove it");
		assertThat(versionProblems(this.images)).isEmpty();
	}

	@Test
	void bitnamiChartsAcceptTheLegacyImages() {
		// The charts refuse images outside docker.io/bitnami unless told otherwise.
		assertThat(values("values.yaml").path("global").path("security").path("allowInsecureImages").asBoolean())
			.isTrue();
	}

	static List<String> problems(Properties images, JsonNode compose, JsonNode values) {
		List<String> problems = new ArrayList<>();
		ENGINES.forEach((engine, chart) -> {
			String official = images.getProperty(engine + ".image");
			String composed = compose.path("services").path(engine).path("image").asString("");
			if (!official.equals(composed)) {
				problems.add("compose service %s runs %s, engine-images.properties names %s".formatted(engine, composed,
						official));
			}
			JsonNode image = values.path(chart).path("image");
			String helm = image.path("registry").asString("") + "/" + image.path("repository").asString("") + ":"
					+ image.path("tag").asString("");
			String wanted = "docker.io/" + images.getProperty(engine + ".helm");
			if (!wanted.equals(helm)) {
				problems.add("Helm %s runs %s, engine-images.properties names %s".formatted(chart, helm, wanted));
			}
		});
		problems.addAll(versionProblems(images));
		return problems;
	}

	/**
	 * The Bitnami image's version must be the official tag's (as precise as that tag is),
	 * unless {@code <engine>.helm.behind} says why not; a reason for no gap is stale.
	 */
	static List<String> versionProblems(Properties images) {
		List<String> problems = new ArrayList<>();
		ENGINES.keySet().stream().sorted().forEach((engine) -> {
			String official = images.getProperty(engine + ".image");
			String helm = images.getProperty(engine + ".helm");
			String version = official.substring(official.lastIndexOf(':') + 1).split("-")[0];
			String helmVersion = helm.substring(helm.lastIndexOf(':') + 1).split("-")[0];
			boolean agree = helmVersion.equals(version) || helmVersion.startsWith(version + ".");
			String behind = images.getProperty(engine + ".helm.behind", "");
			if (!agree && behind.isBlank()) {
				problems.add("%s: Helm's %s is not version %s of %s".formatted(engine, helm, version, official));
			}
			if (agree && !behind.isBlank()) {
				problems.add("%s: %s.helm.behind gives a reason, but the versions agree: remove it".formatted(engine,
						engine));
			}
			if (!agree && !behind.isBlank() && !helmVersion.split("\\.")[0].equals(version.split("\\.")[0])) {
				problems.add("%s: Helm's %s is not even major version %s".formatted(engine, helm, version));
			}
		});
		return problems;
	}

	private static JsonNode values(String valuesFile) {
		JsonNode base = Yaml.read(Repository.path(HelmChart.SOURCE).resolve("values.yaml"));
		return valuesFile.equals("values.yaml") ? base
				: Yaml.merge(base, Yaml.read(Repository.path(HelmChart.SOURCE).resolve(valuesFile)));
	}

	private static Properties load(String text) {
		Properties properties = new Properties();
		try (Reader reader = new StringReader(text)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
