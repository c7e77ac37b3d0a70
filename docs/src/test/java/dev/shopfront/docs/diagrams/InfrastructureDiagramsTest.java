package dev.shopfront.docs.diagrams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureDiagramsTest {

	@Test
	void drawsTerraformBlocksWithTheirReferences() {
		String mermaid = new TerraformDiagrams(Fixtures.shop()).components().mermaid();
		assertThat(mermaid).contains("tf_module_vpc[\"module vpc<br/>terraform-aws-modules/vpc/aws 5.21.0\"]")
			.contains("tf_aws_db_instance_orders --> tf_aws_kms_key_this")
			.contains("tf_aws_db_instance_orders --> tf_aws_db_subnet_group_this")
			.contains("tf_aws_db_subnet_group_this --> tf_module_vpc")
			.doesNotContain("tf_aws_kms_key_this --> ");
	}

	@Test
	void placesEachStoreInTheTierOfItsSubnetsAndDrawsIngressRules() {
		String mermaid = new AwsDiagrams(Fixtures.shop()).architecture().mermaid();
		assertThat(mermaid).contains("subgraph vpc [\"VPC 10.0.0.0/16\"]")
			.contains("    subgraph tier_private [\"private subnets\"]\n      tf_module_eks")
			.contains("tf_aws_db_instance_orders[\"aws_db_instance.orders<br/>postgres 17\"]")
			.contains("tf_module_eks -->|\"orders_db_from_nodes\"| tf_aws_db_instance_orders")
			.contains("nat[\"NAT gateway\"]");
	}

	@Test
	void listsOnlyTheSecurityControlsTheFilesSet() {
		String table = new AwsDiagrams(Fixtures.shop()).securityAndCompliance().table();
		assertThat(table).contains("| `aws_db_instance.orders` | storage_encrypted | `true` | main.tf |")
			.contains("| `aws_kms_key.this` | enable_key_rotation | `true` | main.tf |")
			.contains("referenced_security_group_id | `module.eks.node_security_group_id`")
			.doesNotContain("publicly_accessible")
			.doesNotContain("deletion_protection");
	}

	@Test
	void drawsWhatStartsEachWorkflowAndWhatItUses() {
		assertThat(new PipelineDiagram(Fixtures.shop()).draw().mermaid()).contains("event_push --> wf_ci")
			.contains("event_pull_request --> wf_ci")
			.contains("wf_ci -->|\"uses\"| owner_actions");
	}

	@Test
	void drawsTheInfrastructureCommandsInOrderAndSaysWhatIsNotAutomated() {
		var flow = new WorkflowDiagrams(Fixtures.shop()).infrastructureFlow().orElseThrow();
		assertThat(flow.mermaid()).contains("cmd_ci_infra_0[\"terraform fmt -check\"]")
			.contains("cmd_ci_infra_0 --> cmd_ci_infra_1")
			.contains("cmd_ci_infra_1[\"terraform validate\"]")
			.doesNotContain("echo");
		assertThat(flow.description()).contains("No workflow runs `terraform apply`, `helm install`, `helm upgrade`");
	}

	@Test
	void followsADeploymentIntoTheAnsiblePlaybookThatInstallsTheHelmRelease(@TempDir Path repository)
			throws IOException {
		Files.createDirectories(repository.resolve(".github/workflows"));
		Files.writeString(repository.resolve(".github/workflows/deploy.yml"), """
				name: deploy
				on: workflow_dispatch
				jobs:
				  deploy:
				    runs-on: ubuntu-24.04
				    steps:
				      - run: |
				          terraform apply -auto-approve
				          ansible-playbook -i inventories/prod/hosts.yml playbooks/main.yml \\
				            -e image_tag=1.0.0
				""");
		Files.createDirectories(repository.resolve("ansible/roles/app/tasks"));
		Files.writeString(repository.resolve("ansible/roles/app/tasks/main.yml"), """
				- name: Install or upgrade the chart
				  kubernetes.core.helm:
				    name: shop
				    chart_ref: ./helm/shop
				""");
		var flow = new WorkflowDiagrams(new RepositoryFiles(repository)).infrastructureFlow().orElseThrow();
		assertThat(flow.mermaid())
			.contains("ansible-playbook -i inventories/prod/hosts.yml playbooks/main.yml -e image_tag=1.0.0\"]");
		assertThat(flow.description()).contains("installed or upgraded by the Ansible playbook")
			.contains("`ansible/roles/app/tasks/main.yml`")
			.doesNotContain("deploying is not automated");
	}

	@Test
	void tabulatesEachEnvironmentsValues() {
		assertThat(new TerraformDiagrams(Fixtures.shop()).environments().table()).contains("| variable | dev | prod |")
			.contains("| `multi_az` | false | true |")
			.contains("| `node_group` | (block) |  |");
	}

	@Test
	void drawsWorkflowTriggersJobsNeedsAndSteps() {
		WorkflowDiagrams workflows = new WorkflowDiagrams(Fixtures.shop());
		assertThat(workflows.workflows().mermaid()).contains("on_ci([\"push: branches [main]<br/>pull_request\"])")
			.contains("on_ci --> job_ci_build")
			.contains("job_ci_build --> job_ci_publish")
			.doesNotContain("on_ci --> job_ci_publish");
		assertThat(workflows.stages().mermaid())
			.contains("github_workflows_ci_yml_build[\"Build and test<br/>1. actions/checkout@v4<br/>2. Test\"]")
			.contains("github_workflows_ci_yml_build -->|\"needs\"| github_workflows_ci_yml_publish")
			.doesNotContain("github_workflows_ci_yml_build -->|\"needs\"| github_workflows_ci_yml_infra");
	}

}
