package dev.shopfront.localstack.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tail of an application's log, shown when it fails to start.
 */
final class ProcessLog {

	private ProcessLog() {
	}

	static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log at " + log + ")";
		}
	}

}
