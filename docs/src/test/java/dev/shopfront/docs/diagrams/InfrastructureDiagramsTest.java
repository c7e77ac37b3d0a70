package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureDiagramsTest {

	@Test
	void drawsTerraformBlocksWithTheirReferences() {
		String mermaid = new TerraformDiagrams(Fixtures.shop()).components().mermaid();
		assertThat(mermaid).contains("tf_module_vpc[\"module vpc<br/>terraform-aws-modules/vpc/aws 5.21.0\"]")
			.contains("tf_aws_db_instance_orders --> tf_aws_kms_key_this")
			.contains("tf_aws_db_instance_orders --> tf_module_vpc")
			.doesNotContain("tf_aws_kms_key_this --> ");
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
		assertThat(workflows.stages().mermaid()).contains("step_ci_build_0[\"actions/checkout@v4\"]")
			.contains("step_ci_build_0 --> step_ci_build_1");
	}

}
