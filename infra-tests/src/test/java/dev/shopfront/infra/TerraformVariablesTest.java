package dev.shopfront.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.shopfront.infra.hcl.Hcl;
import dev.shopfront.infra.hcl.Hcl.Attribute;
import dev.shopfront.infra.hcl.Hcl.Block;
import dev.shopfront.infra.hcl.Hcl.Body;
import dev.shopfront.infra.hcl.Hcl.Expression;
import dev.shopfront.infra.support.TerraformConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs of the root module and the per-environment values that feed them. */
class TerraformVariablesTest {

	private static final TerraformConfig terraform = TerraformConfig.load();

	private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");

	@Test
	void everyVariableHasADescriptionAndAType() {
		assertThat(terraform.variables()).isNotEmpty();
		for (Block variable : terraform.variables()) {
			assertThat(variable.body().value("description").flatMap(Expression::stringLiteral))
				.as("description of variable %s", variable.label(0))
				.hasValueSatisfying((description) -> assertThat(description).hasSizeGreaterThan(10));
			assertThat(variable.body().attribute("type")).as("type of variable %s", variable.label(0)).isPresent();
		}
	}

	@Test
	void everyNonBooleanVariableIsValidatedAndBooleansAreNotNullable() {
		for (Block variable : terraform.variables()) {
			String name = variable.label(0);
			if (variable.body().value("type").map(Expression::source).orElse("").equals("bool")) {
				assertThat(variable.body().value("nullable").map(Expression::source)).as("nullable of %s", name)
					.hasValue("false");
				continue;
			}
			List<Block> validations = variable.body().blocks("validation");
			assertThat(validations).as("validation blocks of variable %s", name).isNotEmpty();
			for (Block validation : validations) {
				assertThat(validation.body().value("condition").map(Expression::code))
					.as("condition of %s's validation", name)
					.hasValueSatisfying((condition) -> assertThat(condition).contains("var." + name));
				assertThat(validation.body().value("error_message").flatMap(Expression::stringLiteral))
					.as("error_message of %s's validation", name)
					.hasValueSatisfying((message) -> assertThat(message).endsWith("."));
			}
		}
	}

	@Test
	void everyDeclaredVariableIsUsed() {
		assertThat(terraform.referencedVariables()).containsAll(declaredVariables().keySet());
	}

	@Test
	void everyUsedVariableIsDeclared() {
		assertThat(declaredVariables().keySet()).containsAll(terraform.referencedVariables());
	}

	@Test
	void theEnvironmentFilesSetOnlyDeclaredVariablesAndEveryRequiredOne() {
		Map<String, Block> declared = declaredVariables();
		Set<String> required = new LinkedHashSet<>();
		declared.forEach((name, variable) -> {
			if (variable.body().attribute("default").isEmpty()) {
				required.add(name);
			}
		});
		assertThat(environmentFiles()).containsOnlyKeys(ENVIRONMENTS);
		environmentFiles().forEach((environment, values) -> {
			Set<String> names = new LinkedHashSet<>();
			values.attributes().forEach((attribute) -> names.add(attribute.name()));
			assertThat(declared.keySet()).as("variables declared for environments/%s.tfvars", environment)
				.containsAll(names);
			assertThat(names).as("required variables set in environments/%s.tfvars", environment).containsAll(required);
			assertThat(value(values, "environment").stringLiteral()).hasValue(environment);
		});
	}

	@Test
	void devIsSingleAzWhileStagingAndProdAreMultiAz() {
		Map<String, Body> files = environmentFiles();
		assertThat(value(files.get("dev"), "multi_az").source()).isEqualTo("false");
		assertThat(value(files.get("staging"), "multi_az").source()).isEqualTo("true");
		assertThat(value(files.get("prod"), "multi_az").source()).isEqualTo("true");
		assertThat(number(files.get("dev"), "redis_num_cache_clusters")).isEqualTo(1);
		assertThat(number(files.get("staging"), "redis_num_cache_clusters")).isGreaterThanOrEqualTo(2);
		assertThat(number(files.get("prod"), "redis_num_cache_clusters")).isGreaterThanOrEqualTo(2);
		assertThat(value(files.get("dev"), "db_deletion_protection").source()).isEqualTo("false");
		assertThat(value(files.get("prod"), "db_deletion_protection").source()).isEqualTo("true");
	}

	@Test
	void sizesGrowFromDevToStagingToProd() {
		Map<String, Body> files = environmentFiles();
		for (String size : List.of("db_allocated_storage_gib", "msk_volume_size_gib", "node_disk_size_gib",
				"log_retention_days")) {
			int dev = number(files.get("dev"), size);
			int staging = number(files.get("staging"), size);
			int prod = number(files.get("prod"), size);
			assertThat(dev).as("%s dev < staging", size).isLessThan(staging);
			assertThat(staging).as("%s staging < prod", size).isLessThan(prod);
		}
		assertThat(value(files.get("dev"), "postgres_instance_class").stringLiteral()).hasValue("db.t4g.micro");
		assertThat(value(files.get("prod"), "on_demand_node_group").member("desired_size").map(Expression::source))
			.hasValue("3");
	}

	private static Map<String, Block> declaredVariables() {
		Map<String, Block> variables = new LinkedHashMap<>();
		terraform.variables().forEach((variable) -> variables.put(variable.label(0), variable));
		return variables;
	}

	static Map<String, Body> environmentFiles() {
		Map<String, Body> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.list(terraform.directory().resolve("environments"))) {
			paths.filter((path) -> path.getFileName().toString().endsWith(".tfvars"))
				.sorted()
				.forEach((path) -> files.put(path.getFileName().toString().replace(".tfvars", ""), Hcl.parse(path)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return files;
	}

	private static Expression value(Body tfvars, String name) {
		return tfvars.attribute(name).map(Attribute::value).orElseThrow(() -> new AssertionError(name + " is not set"));
	}

	private static int number(Body tfvars, String name) {
		return Integer.parseInt(value(tfvars, name).source());
	}

}
