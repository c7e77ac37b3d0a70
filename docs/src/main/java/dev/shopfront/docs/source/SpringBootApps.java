package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Source;

/**
 * Finds the Spring Boot applications of a repository: every class under a
 * {@code src/main/java} annotated {@code @SpringBootApplication}. The module is the
 * directory that holds that {@code src/main/java} (the repository root for a
 * single-module build). Test applications, and anything under a {@code src/test} (fixture
 * repositories included), are not apps.
 */
public final class SpringBootApps {

	private static final Pattern ANNOTATED_TYPE = Pattern.compile(
			"@(?:org\\.springframework\\.boot\\.autoconfigure\\.)?SpringBootApplication\\b[^{;]*?\\bclass\\s+(\\w+)",
			Pattern.DOTALL);

	/**
	 * One application class.
	 *
	 * @param module the module directory, "" for the repository root
	 * @param mainClass the simple name of the annotated class
	 * @param source the file and the line of the annotation
	 */
	public record BootApp(String module, String mainClass, Source source) {
	}

	public List<BootApp> read(RepositoryFiles files) {
		List<BootApp> apps = new ArrayList<>();
		for (String file : files.list("", ".java")) {
			int at = file.indexOf("src/main/java/");
			if (at < 0 || (at > 0 && file.charAt(at - 1) != '/') || file.contains("src/test/")) {
				continue;
			}
			String text = files.read(file);
			String code = withoutComments(text);
			Matcher matcher = ANNOTATED_TYPE.matcher(code);
			if (matcher.find()) {
				String module = (at == 0) ? "" : file.substring(0, at - 1);
				int line = (int) code.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count() + 1;
				apps.add(new BootApp(module, matcher.group(1), new Source(file, line)));
			}
		}
		return apps;
	}

	/**
	 * Comments blanked out (line count kept), so a Javadoc mention is not an annotation.
	 */
	static String withoutComments(String text) {
		StringBuilder out = new StringBuilder(text);
		Matcher comment = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL).matcher(text);
		while (comment.find()) {
			for (int i = comment.start(); i < comment.end(); i++) {
				if (out.charAt(i) != '\n') {
					out.setCharAt(i, ' ');
				}
			}
		}
		return out.toString();
	}

}
