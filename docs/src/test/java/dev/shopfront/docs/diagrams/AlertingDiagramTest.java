package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.source.AlertingFiles;

import static org.assertj.core.api.Assertions.assertThat;

class AlertingDiagramTest {

	private final AlertingFiles files = new AlertingFiles(Fixtures.shop());

	@Test
	void readsAlertsButNotRecordingRulesWithTheSeriesTheyRead() {
		assertThat(this.files.rules()).extracting(AlertingFiles.Rule::alert)
			.containsExactly("ServiceDown", "HighErrorRate", "ConsumerLagging");
		assertThat(this.files.rules().get(1).metrics()).containsExactly("http_server_requests_seconds_count");
		assertThat(this.files.rules().get(0).metrics()).containsExactly("up");
	}

	@Test
	void routesEachAlertByItsLabelsToAReceiver() {
		String mermaid = new AlertingDiagram(this.files).draw().mermaid();
		assertThat(mermaid).contains("alert_ServiceDown -.->|\"severity=critical\"| receiver_on_call")
			.contains("alert_HighErrorRate -.->|\"severity=warning\"| receiver_team_slack")
			.contains("alert_ConsumerLagging -.->|\"default route\"| receiver_team_email")
			.contains("receiver_on_call(\"on-call<br/>pagerduty\")")
			.contains("metric_kafka_consumer_fetch_manager_records_lag --> alert_ConsumerLagging")
			.doesNotContain("job_kafka_lag");
	}

}
