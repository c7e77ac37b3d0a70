package dev.shopfront.docs.diagrams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.shopfront.docs.Catalogue;
import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Page;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container, Kubernetes and monitoring pictures, drawn from the fixture's small
 * docker-compose.yml, chart and monitoring files, and left out when those files are
 * absent.
 */
class DeploymentDiagramsTest {

	private final RepositoryFiles shop = Fixtures.shop();

	@Test
	void drawsComposeServicesWithProfilesConditionsAndVolumes() {
		Diagram diagram = new DockerComposeDiagram(this.shop).draw();
		assertThat(diagram.mermaid()).contains("svc_orders_service -->|\"service_healthy\"| svc_postgres")
			.contains("subgraph profile_monitoring [\"profile monitoring\"]")
			.contains("svc_postgres -.- vol_postgres_data")
			.contains("svc_orders_service[\"orders-service<br/>build .<br/>ports 8090:8090\"]")
			.contains("svc_postgres[\"postgres<br/>image postgres:17<br/>ports 5432:5432<br/>healthcheck\"]");
		assertThat(diagram.sources()).containsExactly("docker-compose.yml");
	}

	@Test
	void drawsTheChartItsKindsAndTheEnvironmentOverrides() {
		HelmDiagrams helm = new HelmDiagrams(this.shop);
		assertThat(helm.charts()).containsExactly("helm/shopfront/Chart.yaml");
		assertThat(helm.structure("helm/shopfront/Chart.yaml").mermaid())
			.contains("chart -->|\"if postgresql.enabled\"| dep_postgresql");
		assertThat(helm.kubernetes("helm/shopfront/Chart.yaml").mermaid())
			.contains("kind_Ingress -->|\"routes to\"| kind_Service")
			.contains("kind_Service -->|\"selects pods of\"| kind_Deployment")
			.contains("kind_PodDisruptionBudget -->|\"guards\"| kind_Deployment")
			.doesNotContain("HorizontalPodAutoscaler");
		assertThat(helm.environments("helm/shopfront/Chart.yaml").table())
			.contains("| setting | values.yaml | values-prod.yaml |")
			.contains("| `orders.replicas` | 2 | 3 |")
			.doesNotContain("orders.resources.limits.memory");
		assertThat(helm.deploymentStrategies("helm/shopfront/Chart.yaml").orElseThrow().table())
			.contains("| templates/deployment.yaml | 9 | strategy type | `RollingUpdate` |")
			.contains("| templates/deployment.yaml | 11 | maxSurge | `1` |")
			.contains("| templates/pdb.yaml | 6 | minAvailable | `1` |")
			.contains("| values-prod.yaml | 2 | replicas | `3` |");
	}

	@Test
	void drawsScrapeJobsDatasourcesAndDashboards() {
		assertThat(new MonitoringDiagram(this.shop).draw().mermaid())
			.contains("job_orders_service[\"job orders-service<br/>orders-service:8090<br/>/metrics\"]")
			.contains("ds_Prometheus --> prometheus")
			.contains("dashboard Shopfront<br/>3 panels");
	}

	@Test
	void leavesTheDeploymentPageOutWhenItsFilesAreAbsent(@TempDir Path directory) throws IOException {
		RepositoryFiles copy = Fixtures.copyOfShop(directory);
		assertThat(new Catalogue(copy).pages()).extracting(Page::fileName).contains("deployment.md");
		Files.delete(directory.resolve("docker-compose.yml"));
		deleteTree(directory.resolve("helm"));
		deleteTree(directory.resolve("deploy"));
		deleteTree(directory.resolve("ansible"));
		assertThat(new Catalogue(copy).pages()).extracting(Page::fileName).doesNotContain("deployment.md");
	}

	private static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
