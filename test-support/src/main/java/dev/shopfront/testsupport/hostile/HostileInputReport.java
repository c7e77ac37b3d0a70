package dev.shopfront.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.shopfront.testsupport.hostile.RawHttp.Answer;

/**
 * The outcome of a hostile-input run: the counts the issue asks for, and every request
 * that broke a rule.
 */
public final class HostileInputReport {

	private final String service;

	private final long maxMillis;

	private int sent;

	private int serverErrors;

	private int nonProblemErrors;

	private int slow;

	private long slowestMillis;

	private Probe slowest;

	private final List<String> failures = new ArrayList<>();

	HostileInputReport(String service, long maxMillis) {
		this.service = service;
		this.maxMillis = maxMillis;
	}

	void record(Probe probe, Answer answer) {
		this.sent++;
		if (answer.millis() > this.slowestMillis) {
			this.slowestMillis = answer.millis();
			this.slowest = probe;
		}
		List<String> broken = new ArrayList<>();
		if (answer.status() == 0) {
			this.serverErrors++;
			broken.add(answer.problem());
		}
		else if (answer.status() >= 500) {
			this.serverErrors++;
			broken.add("answered " + answer.status());
		}
		if (answer.status() >= 400 && !answer.isProblemJson()) {
			this.nonProblemErrors++;
			broken.add("%d answered as %s (%d bytes), not application/problem+json".formatted(answer.status(),
					answer.contentType(), answer.bodyLength()));
		}
		if (answer.millis() > this.maxMillis) {
			this.slow++;
			broken.add("took %d ms".formatted(answer.millis()));
		}
		if (!broken.isEmpty()) {
			this.failures.add(probe + ": " + String.join("; ", broken));
		}
	}

	public int sent() {
		return this.sent;
	}

	public int serverErrors() {
		return this.serverErrors;
	}

	public int nonProblemErrors() {
		return this.nonProblemErrors;
	}

	public int slow() {
		return this.slow;
	}

	public long slowestMillis() {
		return this.slowestMillis;
	}

	public List<String> failures() {
		return List.copyOf(this.failures);
	}

	/** One line with the counts. */
	public String summary() {
		return "hostile input against %s: %d requests sent, %d 5xx, %d non-problem errors, %d slower than %d ms, slowest %d ms (%s)"
			.formatted(this.service, this.sent, this.serverErrors, this.nonProblemErrors, this.slow, this.maxMillis,
					this.slowestMillis, this.slowest);
	}

	/**
	 * Fails with the summary and the failing requests (the first 40) when any request
	 * broke a rule.
	 */
	public void assertNoFailures() {
		if (!this.failures.isEmpty()) {
			throw new AssertionError(summary() + "\n"
					+ this.failures.stream().limit(40).collect(Collectors.joining("\n  ", "  ", ""))
					+ ((this.failures.size() > 40) ? "\n  ... and %d more".formatted(this.failures.size() - 40) : ""));
		}
	}

}
