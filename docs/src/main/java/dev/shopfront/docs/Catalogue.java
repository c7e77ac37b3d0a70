package dev.shopfront.docs;

import java.util.ArrayList;
import java.util.List;

import dev.shopfront.docs.diagrams.ApiEndpointsDiagram;
import dev.shopfront.docs.diagrams.AwsDiagrams;
import dev.shopfront.docs.diagrams.BuildDiagrams;
import dev.shopfront.docs.diagrams.DependencyRiskTable;
import dev.shopfront.docs.diagrams.DockerComposeDiagram;
import dev.shopfront.docs.diagrams.GatewayDiagrams;
import dev.shopfront.docs.diagrams.PipelineDiagram;
import dev.shopfront.docs.diagrams.RedisModelDiagram;
import dev.shopfront.docs.diagrams.HelmDiagrams;
import dev.shopfront.docs.diagrams.MonitoringDiagram;
import dev.shopfront.docs.diagrams.RequestFlowDiagram;
import dev.shopfront.docs.diagrams.TerraformDiagrams;
import dev.shopfront.docs.diagrams.WorkflowDiagrams;
import dev.shopfront.docs.diagrams.DatabaseSchemaDiagram;
import dev.shopfront.docs.diagrams.EventDrivenDiagram;
import dev.shopfront.docs.diagrams.KafkaFlows;
import dev.shopfront.docs.diagrams.SystemDiagrams;
import dev.shopfront.docs.diagrams.SystemModel;
import dev.shopfront.docs.diagrams.EnvironmentVariablesDiagram;
import dev.shopfront.docs.diagrams.ServiceArchitectureDiagram;
import dev.shopfront.docs.diagrams.Services;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.Page;
import dev.shopfront.docs.source.AppDeclaration;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

/**
 * Every page the repository can support, in reading order. A page whose sources are
 * absent (the Kubernetes files before they land) is left out rather than drawn empty.
 */
public final class Catalogue {

	private final RepositoryFiles files;

	public Catalogue(RepositoryFiles files) {
		this.files = files;
	}

	public List<Page> pages() {
		Services services = new Services(this.files);
		ProtoContracts contracts = new ProtoContracts(this.files);
		KafkaFlows kafka = new KafkaFlows(services);
		SystemModel model = new SystemModel(services, contracts, kafka);
		SystemDiagrams system = new SystemDiagrams(model);
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("communication.md", "Communication", "How the apps call each other and what they depend on.",
				communication(services, contracts, model, system)));
		pages.add(new Page("events.md", "Events", "What travels over Kafka, who sends it and who reads it.",
				List.of(new EventDrivenDiagram(kafka, contracts).draw())));
		List<Diagram> data = new ArrayList<>(new DatabaseSchemaDiagram(services).draw());
		services.apps().forEach((app) -> new RedisModelDiagram(services).draw(app).ifPresent(data::add));
		pages.add(new Page("data.md", "Data",
				"The databases as the Flyway migrations create them, and the data kept in Redis.", data));
		for (AppDeclaration app : services.businessServices()) {
			pages.add(servicePage(services, contracts, app));
		}
		model.gateway().ifPresent((gateway) -> {
			GatewayDiagrams diagrams = new GatewayDiagrams(services, model, gateway);
			pages.add(new Page(gateway.name() + ".md", "Gateway",
					"`" + gateway.module() + "/`: HTTP on " + gateway.httpPort() + " (as local-stack starts it).",
					List.of(diagrams.architecture(), diagrams.features(), diagrams.endpoints(),
							new EnvironmentVariablesDiagram(services).draw("Gateway Environment Variables",
									gateway.module()))));
		});
		BuildDiagrams build = new BuildDiagrams(this.files);
		List<Diagram> buildDiagrams = new ArrayList<>();
		if (this.files.exists("pom.xml")) {
			buildDiagrams.addAll(List.of(build.technologyStack(), build.buildPlugins()));
		}
		if (this.files.exists("Makefile")) {
			buildDiagrams.add(build.developmentWorkflow());
		}
		if (!buildDiagrams.isEmpty()) {
			pages.add(new Page("build.md", "Build and development",
					"The modules, their libraries and the developer commands.", buildDiagrams));
		}
		List<Diagram> deployment = new ArrayList<>();
		DockerComposeDiagram compose = new DockerComposeDiagram(this.files);
		if (compose.present()) {
			deployment.add(compose.draw());
		}
		HelmDiagrams helm = new HelmDiagrams(this.files);
		for (String chart : helm.charts()) {
			deployment.addAll(List.of(helm.kubernetes(chart), helm.structure(chart), helm.environments(chart)));
			helm.deploymentStrategies(chart).ifPresent(deployment::add);
		}
		MonitoringDiagram monitoring = new MonitoringDiagram(this.files);
		if (monitoring.present()) {
			deployment.add(monitoring.draw());
		}
		if (!deployment.isEmpty()) {
			pages.add(new Page("deployment.md", "Deployment",
					"Containers, the Kubernetes chart and monitoring, from `docker-compose.yml`, `helm/` and `deploy/monitoring/`.",
					deployment));
		}
		TerraformDiagrams terraform = new TerraformDiagrams(this.files);
		if (terraform.present()) {
			pages.add(
					new Page("infrastructure.md", "AWS infrastructure", "The Terraform root module under `terraform/`.",
							List.of(new AwsDiagrams(this.files).architecture(), terraform.components(),
									terraform.environments(), new AwsDiagrams(this.files).securityAndCompliance())));
		}
		WorkflowDiagrams workflows = new WorkflowDiagrams(this.files);
		if (workflows.present()) {
			List<Diagram> cicd = new ArrayList<>(
					List.of(new PipelineDiagram(this.files).draw(), workflows.workflows(), workflows.stages()));
			workflows.infrastructureFlow().ifPresent(cicd::add);
			pages.add(new Page("cicd.md", "CI/CD", "The GitHub Actions workflows under `.github/workflows/`.", cicd));
		}
		pages.add(0, overview(pages, system));
		return pages;
	}

	/** The entry page: what every other page holds, then the system at a glance. */
	private static Page overview(List<Page> pages, SystemDiagrams system) {
		StringBuilder introduction = new StringBuilder(
				"Generated from the repository's own files by the `docs` module; every diagram lists the files it "
						+ "was built from. Regenerate with `make docs`; `./mvnw -B verify` fails when a page is stale "
						+ "or a diagram does not parse.\n\n");
		MarkdownTable index = new MarkdownTable("page", "diagrams");
		for (Page page : pages) {
			index.row("[" + page.title() + "](" + page.fileName() + ")",
					String.join(", ", page.diagrams().stream().map(Diagram::title).toList()));
		}
		introduction.append(index);
		return new Page("README.md", "Shopfront architecture", introduction.toString(),
				List.of(system.overview(), system.contextView(), system.containerView()));
	}

	/**
	 * The checkout as the README's journey makes it: open a payment for the basket, then
	 * process it. Which endpoints to follow is the only choice made here; every step
	 * comes from the code.
	 */
	private static final List<List<String>> CHECKOUT = List.of(List.of("POST", "/payments"),
			List.of("POST", "/payments/{id}/process"));

	private static List<Diagram> communication(Services services, ProtoContracts contracts, SystemModel model,
			SystemDiagrams system) {
		List<Diagram> diagrams = new ArrayList<>(List.of(system.communicationFlow(), system.dependencyGraph(),
				new DependencyRiskTable(services, model).draw()));
		RequestFlowDiagram flow = new RequestFlowDiagram(services, model, contracts);
		for (List<String> endpoint : CHECKOUT) {
			for (AppDeclaration app : services.businessServices()) {
				flow.draw("API Request Flow: " + endpoint.get(0) + " " + endpoint.get(1), app, endpoint.get(0),
						endpoint.get(1))
					.ifPresent(diagrams::add);
			}
		}
		return diagrams;
	}

	private Page servicePage(Services services, ProtoContracts contracts, AppDeclaration app) {
		String name = title(app.name());
		List<Diagram> diagrams = List.of(
				new ServiceArchitectureDiagram(services).draw(name + " Architecture", app.name(), app.module()),
				new ApiEndpointsDiagram(services, contracts).draw(name + " API Endpoints", app.name(), app.module()),
				new EnvironmentVariablesDiagram(services).draw(name + " Environment Variables", app.module()));
		String grpc = (app.grpcPort() != 0) ? ", gRPC on " + app.grpcPort() : ", no gRPC";
		return new Page(app.name() + ".md", name,
				"`" + app.module() + "/`: HTTP on " + app.httpPort() + grpc + " (as local-stack starts it).", diagrams);
	}

	/** {@code product-service} as {@code Product Service}. */
	static String title(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.split("-")) {
			out.append(out.isEmpty() ? "" : " ")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		return out.toString();
	}

}
