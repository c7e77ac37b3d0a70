package dev.shopfront.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.shopfront.infra.support.Workflows;
import dev.shopfront.infra.support.Workflows.Step;
import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment pipeline: each environment in turn, production last and behind its
 * GitHub environment's approval, and within an environment Terraform before Ansible,
 * Ansible reading the Terraform outputs.
 */
class DeployWorkflowTest {

	private static final String REUSABLE = "./.github/workflows/deploy-environment.yml";

	private static final Map<String, String> TFVARS = Map.of("development", "environments/dev.tfvars", "staging",
			"environments/staging.tfvars", "production", "environments/prod.tfvars");

	@Test
	void environmentsDeployInOrderWithProductionLast() {
		JsonNode jobs = Workflows.workflow("deploy.yml").path("jobs");
		assertThat(jobs.propertyNames()).containsExactly("development", "staging", "production");
		assertThat(jobs.path("staging").path("needs").asString()).isEqualTo("development");
		assertThat(jobs.path("production").path("needs").asString()).isEqualTo("staging");
		for (String environment : TFVARS.keySet()) {
			JsonNode job = jobs.path(environment);
			assertThat(job.path("uses").asString()).isEqualTo(REUSABLE);
			assertThat(job.path("with").path("environment").asString()).isEqualTo(environment);
			assertThat(Repository.path("ansible/inventories").resolve(environment)).isDirectory();
			String tfvars = job.path("with").path("terraform_vars_file").asString();
			assertThat(tfvars).isEqualTo(TFVARS.get(environment));
			assertThat(Repository.path("terraform").resolve(tfvars)).isRegularFile();
		}
		assertThat(Repository.path(REUSABLE)).isRegularFile();
	}

	@Test
	void theJobRunsInTheGitHubEnvironmentWhoseApprovalGatesIt() {
		JsonNode workflow = Workflows.workflow("deploy-environment.yml");
		assertThat(workflow.path("on").has("workflow_call")).isTrue();
		JsonNode deploy = workflow.path("jobs").path("deploy");
		assertThat(deploy.path("environment").asString()).isEqualTo("${{ inputs.environment }}");
	}

	@Test
	void terraformAppliesBeforeAnsibleDeploysWithItsOutputs() {
		JsonNode workflow = Workflows.workflow("deploy-environment.yml");
		List<Step> steps = Workflows.steps("deploy-environment.yml", workflow);
		List<String> runs = new ArrayList<>(steps.stream().map(Step::run).toList());
		int apply = indexOf(runs, "terraform apply");
		int outputs = indexOf(runs, "terraform output -json");
		int install = indexOf(runs, "ansible-galaxy collection install -r ansible/requirements.yml");
		int ansible = indexOf(runs, "ansible-playbook");
		assertThat(apply).isLessThan(outputs);
		assertThat(outputs).isLessThan(ansible);
		assertThat(install).isLessThan(ansible);
		Step deploy = steps.get(ansible);
		assertThat(deploy.workingDirectory()).isEqualTo("ansible");
		assertThat(deploy.run()).contains("playbooks/main.yml", "inventories/$ENVIRONMENT/hosts.yml",
				"shopfront_terraform_outputs_file=");
		assertThat(Repository.path("ansible/playbooks/main.yml")).isRegularFile();
		assertThat(steps.get(apply).workingDirectory()).isEqualTo("terraform");
	}

	@Test
	void secretsReachAnsibleOnlyThroughTheEnvironment() {
		JsonNode workflow = Workflows.workflow("deploy-environment.yml");
		Step deploy = Workflows.steps("deploy-environment.yml", workflow)
			.stream()
			.filter((step) -> step.run().contains("ansible-playbook"))
			.findFirst()
			.orElseThrow();
		assertThat(deploy.run()).doesNotContain("secrets.");
		JsonNode env = deploy.node().path("env");
		for (String variable : List.of("SHOPFRONT_ADMIN_TOKEN", "SHOPFRONT_POSTGRESQL_PASSWORD",
				"SHOPFRONT_MARIADB_PASSWORD", "SHOPFRONT_REDIS_PASSWORD")) {
			assertThat(env.path(variable).asString()).isEqualTo("${{ secrets." + variable + " }}");
			assertThat(Repository.read("ansible/roles/helm/defaults/main.yml")).contains("'" + variable + "'");
		}
	}

	private static int indexOf(List<String> runs, String command) {
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i).contains(command)) {
				return i;
			}
		}
		throw new AssertionError("no step runs " + command + " in " + runs);
	}

}
