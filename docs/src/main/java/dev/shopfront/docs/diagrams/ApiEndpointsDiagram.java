package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.HttpEndpoint;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.ProtoFile;
import dev.shopfront.docs.source.YamlFiles;

/**
 * A service's API: the REST endpoints of its controllers ({@code @*Mapping}, class and
 * method paths joined) and the rpcs of the gRPC service its proto package declares.
 */
public final class ApiEndpointsDiagram {

	/**
	 * The conventions every servlet service inherits, read before the service's own
	 * application.yml.
	 */
	static final String PLATFORM_DEFAULTS = "platform/src/main/resources/shopfront-platform-defaults.yml";

	private final Services services;

	private final ProtoContracts contracts;

	public ApiEndpointsDiagram(Services services, ProtoContracts contracts) {
		this.services = services;
		this.contracts = contracts;
	}

	public Diagram draw(String title, String app, String module) {
		List<String> sources = new ArrayList<>();
		StringBuilder out = new StringBuilder("flowchart LR\n");
		String serviceId = Mermaid.id("svc", app);
		out.append("  ").append(Mermaid.node(serviceId, app)).append('\n');
		List<JavaType> controllers = this.services.types(module)
			.stream()
			.filter((type) -> !type.endpoints().isEmpty())
			.toList();
		for (JavaType controller : controllers) {
			sources.add(controller.file());
			String groupId = Mermaid.id("rest", controller.name());
			out.append("  subgraph ")
				.append(groupId)
				.append(" [")
				.append(Mermaid.label("REST: " + controller.name()))
				.append("]\n");
			List<HttpEndpoint> endpoints = new ArrayList<>(controller.endpoints());
			endpoints.sort(Comparator.comparing(HttpEndpoint::path).thenComparing(HttpEndpoint::method));
			for (HttpEndpoint endpoint : endpoints) {
				out.append("    ")
					.append(Mermaid.node(Mermaid.id("ep", controller.name(), endpoint.method(), endpoint.path()),
							endpoint.method() + " " + endpoint.path()))
					.append('\n');
			}
			out.append("  end\n");
			out.append("  ").append(serviceId).append(" --> ").append(groupId).append('\n');
		}
		this.contracts.ofApp(app).ifPresent((proto) -> {
			sources.add(proto.file());
			for (ProtoFile.Service service : proto.services()) {
				String groupId = Mermaid.id("grpc", service.name());
				out.append("  subgraph ")
					.append(groupId)
					.append(" [")
					.append(Mermaid.label("gRPC: " + service.fullName(proto.packageName())))
					.append("]\n");
				for (ProtoFile.Rpc rpc : service.rpcs()) {
					out.append("    ")
						.append(Mermaid.node(Mermaid.id("rpc", service.name(), rpc.name()),
								rpc.name() + "(" + rpc.request() + ") → " + rpc.response()))
						.append('\n');
				}
				out.append("  end\n");
				out.append("  ").append(serviceId).append(" --> ").append(groupId).append('\n');
			}
		});
		List<Map<String, Object>> layers = new ArrayList<>();
		List<String> layerFiles = new ArrayList<>();
		for (String file : List.of(PLATFORM_DEFAULTS, Services.applicationYaml(module))) {
			if (this.services.files().exists(file)) {
				layers.add(YamlFiles.document(this.services.files().read(file)));
				layerFiles.add(file);
			}
		}
		List<String> operations = new ArrayList<>(ActuatorPaths.of(layers));
		// springdoc's paths count only where the module depends on springdoc, itself or
		// through platform.
		List<String> springdocPoms = springdocPoms(module);
		if (!springdocPoms.isEmpty()) {
			sources.addAll(springdocPoms);
			for (String key : List.of("springdoc.api-docs.path", "springdoc.swagger-ui.path")) {
				layers.stream()
					.map((layer) -> YamlFiles.at(layer, key))
					.flatMap(Optional::stream)
					.reduce((first, second) -> second)
					.ifPresent((path) -> operations.add(YamlFiles.string(path)));
			}
		}
		if (!operations.isEmpty()) {
			sources.addAll(layerFiles);
			out.append("  subgraph ops [").append(Mermaid.label("Operations (Actuator, API docs)")).append("]\n");
			operations.forEach((path) -> out.append("    ")
				.append(Mermaid.node(Mermaid.id("ops", path), "GET " + path))
				.append('\n'));
			out.append("  end\n  ").append(serviceId).append(" --> ops\n");
		}
		return Diagram.mermaid(title,
				"The REST endpoints declared by `@*Mapping` annotations, the rpcs of the service's `.proto` contract and "
						+ "the Actuator endpoints its configuration exposes (platform defaults, then its application.yml).",
				out.toString(), sources);
	}

	private List<String> springdocPoms(String module) {
		String pom = module + "/pom.xml";
		if (!this.services.files().exists(pom)) {
			return List.of();
		}
		String text = this.services.files().read(pom);
		if (text.contains("<groupId>org.springdoc</groupId>")) {
			return List.of(pom);
		}
		String platform = "platform/pom.xml";
		if (text.contains("<artifactId>platform</artifactId>") && this.services.files().exists(platform)
				&& this.services.files().read(platform).contains("<groupId>org.springdoc</groupId>")) {
			return List.of(pom, platform);
		}
		return List.of();
	}

}
