package dev.shopfront.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import dev.shopfront.deployment.support.HelmChart;
import dev.shopfront.deployment.support.StrictKubernetes;
import dev.shopfront.deployment.support.Yaml;
import dev.shopfront.testsupport.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart ships the alert rules of deploy/monitoring/rules as a PrometheusRule, only
 * where the Prometheus Operator's API is served and {@code prometheusRule.enabled} is on.
 * helm-java's template has no {@code --api-versions}, so the operator's presence is
 * simulated on a copy whose capability check is replaced by {@code true}; the unchanged
 * chart shows the check holds the object back on a cluster without the operator.
 */
class PrometheusRuleTest {

	private static final String CAPABILITY = ".Capabilities.APIVersions.Has \"monitoring.coreos.com/v1\"";

	private static final Path RULES = Repository.path("deploy/monitoring/rules");

	private static final Path CHART_RULES = Repository.path("helm/shopfront/files/prometheus-rules");

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	@TempDir
	static Path work;

	@TempDir
	static Path withOperator;

	static HelmChart chart;

	static HelmChart operatorChart;

	@BeforeAll
	static void copyCharts() throws IOException {
		chart = HelmChart.copy(work);
		operatorChart = HelmChart.copy(withOperator);
		Path template = operatorChart.file("templates/prometheusrule.yaml");
		String text = Files.readString(template);
		assertThat(text).contains(CAPABILITY);
		Files.writeString(template, text.replace(CAPABILITY, "true"));
	}

	@Test
	void theChartsRulesAreTheRepositorysRules() throws IOException {
		List<Path> rules = ruleFiles(RULES);
		assertThat(ruleFiles(CHART_RULES).stream().map((file) -> file.getFileName().toString()))
			.containsExactlyElementsOf(rules.stream().map((file) -> file.getFileName().toString()).toList());
		for (Path file : rules) {
			assertThat(CHART_RULES.resolve(file.getFileName().toString()))
				.as("helm/shopfront/files/prometheus-rules/%s differs from deploy/monitoring/rules: cp deploy/monitoring/rules/*.yml helm/shopfront/files/prometheus-rules/",
						file.getFileName())
				.hasSameTextualContentAs(file);
		}
	}

	@Test
	void withTheOperatorEveryEnvironmentGetsOnePrometheusRuleWithEveryRuleGroup() throws IOException {
		JsonNode expected = expectedGroups();
		JsonMapper json = JsonMapper.builder().build();
		for (String valuesFile : HelmChart.VALUES_FILES) {
			List<PrometheusRule> rules = prometheusRules(template(operatorChart, valuesFile));
			assertThat(rules).as(valuesFile).singleElement().satisfies((rule) -> {
				assertThat(rule.getMetadata().getName()).isEqualTo("shopfront");
				assertThat(rule.getMetadata().getLabels()).containsEntry("app.kubernetes.io/part-of", "shopfront");
				JsonNode groups = json.readTree(SERIALIZATION.asJson(rule.getSpec().getGroups()));
				assertThat(withoutNulls(groups)).isEqualTo(expected);
			});
		}
	}

	@Test
	void withoutTheOperatorsApiOrWithTheSwitchOffThereIsNone() {
		for (String valuesFile : HelmChart.VALUES_FILES) {
			assertThat(prometheusRules(template(chart, valuesFile))).as(valuesFile).isEmpty();
		}
		assertThat(prometheusRules(template(operatorChart, "values.yaml").set("prometheusRule.enabled", false)))
			.isEmpty();
	}

	@Test
	void extraLabelsLetThePrometheusSelectTheRule() {
		List<PrometheusRule> rules = prometheusRules(
				template(operatorChart, "values-prod.yaml").set("prometheusRule.labels.release", "kube-prometheus"));
		assertThat(rules).singleElement()
			.satisfies(
					(rule) -> assertThat(rule.getMetadata().getLabels()).containsEntry("release", "kube-prometheus"));
	}

	private static TemplateCommand template(HelmChart target, String valuesFile) {
		TemplateCommand template = new Helm(target.directory()).template()
			.withName(HelmChart.RELEASE)
			.withNamespace(HelmChart.NAMESPACE)
			.withKubeVersion(HelmChart.KUBE_VERSION);
		return valuesFile.equals("values.yaml") ? template : template.withValuesFile(target.file(valuesFile));
	}

	private static List<PrometheusRule> prometheusRules(TemplateCommand template) {
		List<HasMetadata> objects = StrictKubernetes.parse(template.call());
		return objects.stream().filter(PrometheusRule.class::isInstance).map(PrometheusRule.class::cast).toList();
	}

	private static JsonNode expectedGroups() throws IOException {
		ArrayNode groups = JsonMapper.builder().build().createArrayNode();
		for (Path file : ruleFiles(RULES)) {
			Yaml.read(file).path("groups").forEach(groups::add);
		}
		return groups;
	}

	// The model writes absent optional fields as nulls; the rule files simply omit them.
	private static JsonNode withoutNulls(JsonNode node) {
		if (node.isObject()) {
			var copy = JsonMapper.builder().build().createObjectNode();
			node.forEachEntry((key, value) -> {
				if (!value.isNull()) {
					copy.set(key, withoutNulls(value));
				}
			});
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JsonMapper.builder().build().createArrayNode();
			node.forEach((element) -> copy.add(withoutNulls(element)));
			return copy;
		}
		return node;
	}

	private static List<Path> ruleFiles(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".yml")).sorted().toList();
		}
	}

}
