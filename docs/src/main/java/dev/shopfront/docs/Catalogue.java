package dev.shopfront.docs;

import java.util.ArrayList;
import java.util.List;

import dev.shopfront.docs.diagrams.ApiEndpointsDiagram;
import dev.shopfront.docs.diagrams.EnvironmentVariablesDiagram;
import dev.shopfront.docs.diagrams.ServiceArchitectureDiagram;
import dev.shopfront.docs.diagrams.Services;
import dev.shopfront.docs.model.Diagram;
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
		List<Page> pages = new ArrayList<>();
		for (AppDeclaration app : services.businessServices()) {
			pages.add(servicePage(services, contracts, app));
		}
		return pages;
	}

	private Page servicePage(Services services, ProtoContracts contracts, AppDeclaration app) {
		String name = title(app.name());
		List<Diagram> diagrams = List.of(
				new ServiceArchitectureDiagram(services).draw(name + " Architecture", app.name(), app.module()),
				new ApiEndpointsDiagram(services, contracts).draw(name + " API Endpoints", app.name(), app.module()),
				new EnvironmentVariablesDiagram(services).draw(name + " Environment Variables", app.module()));
		return new Page(app.name() + ".md", name, "`" + app.module() + "/`: HTTP on " + app.httpPort() + ", gRPC on "
				+ app.grpcPort() + " (as local-stack starts it).", diagrams);
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
