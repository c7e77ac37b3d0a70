package dev.shopfront.bench.checkout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Prints a run's figures and appends them to the results file run.sh names. */
final class Report {

	private Report() {
	}

	static void print(BenchSettings settings, Figures figures) {
		System.out.println(figures.text());
		if (settings.resultsFile().isEmpty()) {
			return;
		}
		try {
			Path file = Path.of(settings.resultsFile());
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, figures.text(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
