package dev.shopfront.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.shopfront.docs.diagrams.AlertingDiagram;
import dev.shopfront.docs.diagrams.AnsibleDiagram;
import dev.shopfront.docs.diagrams.ApiEndpointsDiagram;
import dev.shopfront.docs.diagrams.AwsDiagrams;
import dev.shopfront.docs.diagrams.BuildDiagrams;
import dev.shopfront.docs.diagrams.ComponentDiagram;
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
import dev.shopfront.docs.diagrams.SystemFacts;
import dev.shopfront.docs.diagrams.EnvironmentVariablesDiagram;
import dev.shopfront.docs.diagrams.ServiceArchitectureDiagram;
import dev.shopfront.docs.diagrams.ScenarioDiagrams;
import dev.shopfront.docs.diagrams.Services;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.Page;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.AlertingFiles;
import dev.shopfront.docs.source.AnsibleFiles;
import dev.shopfront.docs.source.ArchitectureConfig;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;
import dev.shopfront.docs.traces.ObservedEdges;
import dev.shopfront.docs.traces.RecordedScenario;
import dev.shopfront.docs.traces.RecordedTraces;

/**
 * Every page the repository can support, in reading order. A page whose sources are
 * absent (the Kubernetes files before they land) is left out rather than drawn empty.
 */
public final class Catalogue {

	private final RepositoryFiles files;

	private final ArchitectureConfig config;

	public Catalogue(RepositoryFiles files) {
		this(files, ArchitectureConfig.defaults(files));
	}

	public Catalogue(RepositoryFiles files, ArchitectureConfig config) {
		this.files = files;
		this.config = config;
	}

	public List<Page> pages() {
		Services services = new Services(this.files);
		ProtoContracts contracts = new ProtoContracts(this.files);
		KafkaFlows kafka = new KafkaFlows(services);
		SystemFacts model = new SystemFacts(services, contracts, kafka, this.config);
		SystemDiagrams system = new SystemDiagrams(model.model());
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("communication.md", "Communication", "How the apps call each other and what they depend on.",
				communication(services, contracts, model, system)));
		if (!kafka.topics().isEmpty()) {
			pages.add(new Page("events.md", "Events", "What travels over Kafka, who sends it and who reads it.",
					List.of(new EventDrivenDiagram(kafka, contracts).draw())));
		}
		List<RecordedScenario> scenarios = RecordedTraces.read(this.files);
		if (!scenarios.isEmpty()) {
			pages.add(scenarioPage(scenarios, model.model()));
		}
		List<Diagram> data = new ArrayList<>(new DatabaseSchemaDiagram(services).draw());
		services.apps().forEach((app) -> new RedisModelDiagram(services).draw(app).ifPresent(data::add));
		if (!data.isEmpty()) {
			pages.add(new Page("data.md", "Data",
					"The databases as the Flyway migrations create them, and the data kept in Redis.", data));
		}
		for (App app : services.businessServices()) {
			pages.add(servicePage(services, contracts, app, model.model()));
		}
		model.gateway().ifPresent((gateway) -> {
			GatewayDiagrams diagrams = new GatewayDiagrams(services, model, gateway);
			pages.add(new Page(gateway.name() + ".md", "Gateway",
					"`" + gateway.directory() + "`: HTTP on " + gateway.httpPort() + " (its configuration's default).",
					Stream.concat(
							Stream.of(diagrams.architecture(),
									new ComponentDiagram(services).draw("Gateway Components (C4 level 3)", gateway,
											model.model()),
									diagrams.features(), diagrams.endpoints()),
							new EnvironmentVariablesDiagram(services)
								.draw("Gateway Environment Variables", gateway.module())
								.stream())
						.toList()));
		});
		BuildDiagrams build = new BuildDiagrams(this.files);
		List<Diagram> buildDiagrams = new ArrayList<>();
		if (this.files.exists("pom.xml")) {
			buildDiagrams.addAll(build.technologyStack());
			buildDiagrams.add(build.buildPlugins());
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
		AlertingDiagram alerting = new AlertingDiagram(new AlertingFiles(this.files));
		if (alerting.present()) {
			deployment.add(alerting.draw());
		}
		AnsibleFiles ansible = new AnsibleFiles(this.files);
		if (ansible.present()) {
			deployment.add(new AnsibleDiagram(ansible).draw());
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
		pages.add(0, overview(this.config.name(), pages, system));
		return pages;
	}

	/** The entry page: what every other page holds, then the system at a glance. */
	private static Page overview(String name, List<Page> pages, SystemDiagrams system) {
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
		return new Page("README.md", name + " architecture", introduction.toString(),
				List.of(system.overview(), system.contextView(), system.containerView()));
	}

	private List<Diagram> communication(Services services, ProtoContracts contracts, SystemFacts model,
			SystemDiagrams system) {
		List<Diagram> diagrams = new ArrayList<>(List.of(system.communicationFlow(), system.dependencyGraph(),
				new DependencyRiskTable(services, model).draw()));
		RequestFlowDiagram flow = new RequestFlowDiagram(services, model, contracts);
		// Which requests to follow is the configuration's choice; every step comes from
		// the code.
		for (String request : this.config.requests()) {
			String[] endpoint = request.strip().split("\\s+", 2);
			for (App app : services.businessServices()) {
				flow.draw("API Request Flow: " + endpoint[0] + " " + endpoint[1], app, endpoint[0], endpoint[1])
					.ifPresent(diagrams::add);
			}
		}
		return diagrams;
	}

	/** What the running system did in the system tests' scenarios, from their spans. */
	private static Page scenarioPage(List<RecordedScenario> scenarios, dev.shopfront.docs.model.SystemModel model) {
		ScenarioDiagrams diagrams = new ScenarioDiagrams(model, new ObservedEdges(scenarios));
		List<Diagram> drawn = new ArrayList<>();
		drawn.add(diagrams.serviceGraph(scenarios));
		scenarios.forEach((scenario) -> drawn.add(diagrams.sequence(scenario)));
		return new Page("scenarios.md", "Scenarios",
				"What the running system did in the system tests' scenarios, drawn from the spans every app exported "
						+ "(OpenTelemetry, over OTLP to the tests' receiver) and committed under `"
						+ RecordedTraces.DIRECTORY + "/`. Refresh them with `make traces` (runs the scenarios, copies "
						+ "`system-tests/target/traces/*.json`, regenerates the pages).",
				drawn);
	}

	private Page servicePage(Services services, ProtoContracts contracts, App app,
			dev.shopfront.docs.model.SystemModel model) {
		String name = title(app.name());
		List<Diagram> diagrams = new ArrayList<>(List.of(
				new ServiceArchitectureDiagram(services).draw(name + " Architecture", app, model),
				new ComponentDiagram(services).draw(name + " Components (C4 level 3)", app, model),
				new ApiEndpointsDiagram(services, contracts).draw(name + " API Endpoints", app.name(), app.module())));
		diagrams.addAll(new EnvironmentVariablesDiagram(services).draw(name + " Environment Variables", app.module()));
		return new Page(app.name() + ".md", name, "`" + app.directory() + "`: HTTP on " + app.httpPort()
				+ ((app.grpcPort() != 0) ? ", gRPC on " + app.grpcPort() : "") + " (its configuration's defaults).",
				diagrams);
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
