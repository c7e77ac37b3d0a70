package dev.shopfront.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.shopfront.infra.support.Workflows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workflow is valid against SchemaStore's GitHub Actions workflow schema, shipped
 * in the test resources (see schemas/README.md) because it cannot be fetched at test
 * time.
 */
class WorkflowSchemaTest {

	private static Schema schema;

	@BeforeAll
	static void loadSchema() throws IOException {
		try (InputStream json = WorkflowSchemaTest.class.getResourceAsStream("/schemas/github-workflow.json")) {
			assertThat(json).as("schemas/github-workflow.json on the test classpath").isNotNull();
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(json);
		}
	}

	static Stream<Path> workflowFiles() {
		return Workflows.files().stream();
	}

	@Test
	void theRepositoryHasTheSixWorkflowsAndTheDeploymentOfOneEnvironment() {
		assertThat(Workflows.files()).extracting((path) -> path.getFileName().toString())
			.containsExactlyInAnyOrder("ci.yml", "images.yml", "security.yml", "infra.yml", "performance.yml",
					"deploy.yml", "deploy-environment.yml");
	}

	@ParameterizedTest
	@MethodSource("workflowFiles")
	void workflowIsValidAgainstTheGitHubActionsSchema(Path file) {
		List<Error> errors = schema.validate(Workflows.read(file));
		assertThat(errors).as("schema errors in %s", file.getFileName()).isEmpty();
	}

	@Test
	void schemaRejectsAJobWithoutRunnerAndAnUnknownKey() {
		String withoutRunner = """
				on: push
				jobs:
				  build:
				    steps:
				      - run: echo hi
				""";
		assertThat(schema.validate(Workflows.read(withoutRunner))).isNotEmpty();
		String unknownKey = """
				on: push
				jobs:
				  build:
				    runs-on: ubuntu-24.04
				    step:
				      - run: echo hi
				""";
		assertThat(schema.validate(Workflows.read(unknownKey))).isNotEmpty();
		String valid = """
				on: push
				jobs:
				  build:
				    runs-on: ubuntu-24.04
				    steps:
				      - run: echo hi
				""";
		assertThat(schema.validate(Workflows.read(valid))).isEmpty();
	}

}
