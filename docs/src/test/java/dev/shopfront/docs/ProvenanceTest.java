package dev.shopfront.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.mermaid.Element;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Page;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every view generated from this repository: an element drawn through the builders
 * must name where it was read, and that place must exist (the file, and the line inside
 * it). Views still drawn by hand are listed by title, so the list can only shrink.
 */
class ProvenanceTest {

	private static final RepositoryFiles REPOSITORY = new RepositoryFiles(Path.of("..").toAbsolutePath().normalize());

	/** Diagrams not yet drawn through the builders; a new view must not join them. */
	private static final List<String> NOT_YET_ON_THE_BUILDER = List.of("API Request Flow: POST /payments",
			"API Request Flow: POST /payments/{id}/process", "AWS Infrastructure Architecture",
			"Basket Service API Endpoints", "Build Plugins", "CI/CD Pipeline Architecture",
			"Database Schema: notification-service", "Database Schema: payment-service",
			"Database Schema: product-service", "Notification Service API Endpoints", "Development Workflow",
			"Docker Services Configuration", "Event-Driven Architecture with Kafka", "Gateway API Endpoints",
			"Gateway Features", "GitHub Actions Workflows", "Infrastructure Deployment Flow",
			"Kubernetes Deployment Architecture", "Monitoring and Observability", "Payment Service API Endpoints",
			"Product Service API Endpoints", "Redis Data Model: basket-service", "Terraform Infrastructure Components");

	@Test
	void everyDrawnElementNamesAnExistingFileAndLine() {
		List<String> problems = new ArrayList<>();
		TreeSet<String> byHand = new TreeSet<>();
		for (Page page : new Catalogue(REPOSITORY).pages()) {
			for (Diagram diagram : page.diagrams()) {
				if (diagram.elements().isEmpty()) {
					byHand.add(diagram.title());
					continue;
				}
				for (Element element : diagram.elements()) {
					if (element.sources().isEmpty()) {
						problems.add(diagram.title() + ": " + element.kind() + " " + element.text() + " has no source");
					}
					for (Source source : element.sources()) {
						if (!REPOSITORY.exists(source.file())) {
							problems.add(diagram.title() + ": " + element.text() + " cites missing " + source.file());
						}
						else if (source.line() > REPOSITORY.read(source.file()).lines().count()) {
							problems
								.add(diagram.title() + ": " + element.text() + " cites " + source + " past the end");
						}
					}
				}
				assertThat(diagram.sources()).as(diagram.title() + " lists exactly its elements' files")
					.containsExactlyElementsOf(new TreeSet<>(diagram.elements()
						.stream()
						.flatMap((element) -> element.sources().stream().map(Source::file))
						.toList()));
			}
		}
		assertThat(problems).isEmpty();
		assertThat(byHand).isSubsetOf(NOT_YET_ON_THE_BUILDER);
	}

	@Test
	void noDiagramDrawsMoreThanFortyNodes() {
		Pattern node = Pattern.compile("(?m)^ +[A-Za-z0-9_]+(\\[|\\(|\\{)");
		TreeSet<String> walls = new TreeSet<>();
		for (Page page : new Catalogue(REPOSITORY).pages()) {
			for (Diagram diagram : page.diagrams()) {
				if (node.matcher(diagram.mermaid()).results().count() > 40) {
					walls.add(diagram.title());
				}
			}
		}
		assertThat(walls).isEmpty();
	}

	@Test
	void noLabelHoldsWhatMermaidReadsAsMath() {
		for (Page page : new Catalogue(REPOSITORY).pages()) {
			for (Diagram diagram : page.diagrams()) {
				assertThat(diagram.mermaid()).as(diagram.title()).doesNotContain("$$").doesNotContain("$(");
			}
		}
	}

}
