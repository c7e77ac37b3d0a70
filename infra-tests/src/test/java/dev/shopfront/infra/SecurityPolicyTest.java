package dev.shopfront.infra;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.testsupport.Repository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md, the operator's page: it exists, the README leads to it, it says what is
 * protected, what an operator must add (shopper authentication first) and how to report a
 * vulnerability, and every file it points at exists.
 */
class SecurityPolicyTest {

	private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?://|#)([^)#]+)[^)]*\\)");

	@Test
	void theReadmeLinksTheSecurityPolicy() {
		assertThat(Repository.path("SECURITY.md")).exists();
		assertThat(Repository.read("README.md")).contains("](SECURITY.md)");
	}

	@Test
	void itSaysWhatIsProtectedWhatTheOperatorMustAddAndHowToReport() {
		String policy = Repository.read("SECURITY.md");
		assertThat(policy).contains("## What the system protects")
			.contains("## What is not part of the system yet, and what an operator must add")
			.contains("## Reporting a vulnerability");
		String toAdd = section(policy, "## What is not part of the system yet");
		assertThat(toAdd).contains("Shopper authentication").contains("OIDC").contains("gateway");
		assertThat(section(policy, "## Reporting a vulnerability")).contains("Report a vulnerability")
			.contains("do not open a public issue");
	}

	@Test
	void everyFileItPointsAtExists() {
		List<String> missing = new ArrayList<>();
		Matcher links = RELATIVE_LINK.matcher(Repository.read("SECURITY.md"));
		int count = 0;
		while (links.find()) {
			count++;
			if (!Files.exists(Repository.path(links.group(1)))) {
				missing.add(links.group(1));
			}
		}
		assertThat(count).as("links to the files that implement the controls").isGreaterThan(5);
		assertThat(missing).isEmpty();
	}

	private static String section(String markdown, String heading) {
		int start = markdown.indexOf(heading);
		assertThat(start).as(heading).isNotNegative();
		int end = markdown.indexOf("\n## ", start + heading.length());
		return markdown.substring(start, (end < 0) ? markdown.length() : end);
	}

}
