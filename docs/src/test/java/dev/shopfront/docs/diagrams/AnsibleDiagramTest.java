package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.source.AnsibleFiles;

import static org.assertj.core.api.Assertions.assertThat;

class AnsibleDiagramTest {

	private final AnsibleFiles files = new AnsibleFiles(Fixtures.shop());

	@Test
	void readsPlaysRolesInventoryGroupsAndGroupVars() {
		assertThat(this.files.plays()).extracting(AnsibleFiles.Play::hosts)
			.containsExactly("app_servers", "monitoring");
		assertThat(this.files.plays().get(0).roles()).containsExactly("common", "app");
		assertThat(this.files.plays().get(1).roles()).containsExactly("common");
		assertThat(this.files.roles().get("common").tasks()).containsExactly("Install packages",
				"Create the service user");
		assertThat(this.files.groups()).containsKeys("app_servers", "monitoring");
		assertThat(this.files.groupVars()).containsOnlyKeys("app_servers");
	}

	@Test
	void drawsEachPlayWithItsHostsAndRoles() {
		String mermaid = new AnsibleDiagram(this.files).draw().mermaid();
		assertThat(mermaid)
			.contains("role_common[\"common<br/>2 tasks<br/>Install packages<br/>Create the service user\"]")
			.contains("-->|\"applies\"| role_app")
			.contains("-.->|\"on hosts\"| hosts_monitoring")
			.contains("vars_app_servers -.->|\"configures\"| hosts_app_servers");
	}

}
