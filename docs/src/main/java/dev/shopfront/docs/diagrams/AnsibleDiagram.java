package dev.shopfront.docs.diagrams;

import java.util.List;
import java.util.Map;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.AnsibleFiles;

/**
 * Ansible Configuration Management: each playbook's plays, the inventory group each
 * targets, the roles it applies with their tasks, and the group_vars that configure each
 * group.
 */
public final class AnsibleDiagram {

	private final AnsibleFiles files;

	public AnsibleDiagram(AnsibleFiles files) {
		this.files = files;
	}

	public Diagram draw() {
		Flowchart chart = Flowchart.leftToRight();
		chart.group("playbooks", "Playbooks");
		chart.group("roles", "Roles");
		chart.group("inventory", "Inventory groups");
		for (AnsibleFiles.Play play : this.files.plays()) {
			String playbook = play.playbook().substring(play.playbook().lastIndexOf('/') + 1);
			String key = "play:" + play.playbook() + ":" + play.name();
			chart.nodeIn("playbooks", key, playbook + (play.name().isEmpty() ? "" : "\n" + play.name()), Shape.BOX,
					List.of(play.source()));
			Source group = this.files.groups().get(play.hosts());
			chart.nodeIn("inventory", "hosts:" + play.hosts(), play.hosts(), Shape.HEXAGON,
					(group != null) ? List.of(group) : List.of(play.source()));
			chart.edge(key, "hosts:" + play.hosts(), "on hosts", Line.DOTTED, play.source());
			for (String roleName : play.roles()) {
				AnsibleFiles.Role role = this.files.roles().get(roleName);
				String tasks = (role == null) ? "not in this repository"
						: role.tasks().size() + " tasks"
								+ (role.tasks().isEmpty() ? ""
										: "\n" + String.join("\n", role.tasks().stream().limit(4).toList())
												+ ((role.tasks().size() > 4) ? "\n…" : ""));
				chart.nodeIn("roles", "role:" + roleName, roleName + "\n" + tasks, Shape.BOX,
						List.of((role != null) ? role.source() : play.source()));
				chart.edge(key, "role:" + roleName, "applies", Line.SOLID, play.source());
			}
		}
		for (Map.Entry<String, Source> vars : this.files.groupVars().entrySet()) {
			chart.node("vars:" + vars.getKey(), "group_vars/" + vars.getKey(), Shape.SUBROUTINE, vars.getValue());
			if (chart.has("hosts:" + vars.getKey())) {
				chart.edge("vars:" + vars.getKey(), "hosts:" + vars.getKey(), "configures", Line.DOTTED,
						vars.getValue());
			}
		}
		return Diagram.of("Ansible Configuration Management",
				"The Ansible playbooks: each play, the inventory group it runs on, the roles it applies (with their "
						+ "first tasks) and the group_vars that configure each group.",
				chart);
	}

}
