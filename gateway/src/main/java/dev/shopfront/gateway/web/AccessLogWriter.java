package dev.shopfront.gateway.web;

import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

import org.springframework.beans.factory.DisposableBean;

/**
 * Writes the access log off the event loops: a request's line is a small record put on a
 * lock-free queue, and one background thread turns the queued lines into log events every
 * {@code interval} (with the time and thread of the request) and hands them to the
 * logger's appenders, so JSON or text and the destination are the console's as
 * configured. Neither encoding nor the wake-up of a logging thread is paid per request.
 * With Logback's AsyncAppender (a blocking queue that signals its consumer per line) the
 * access log cost +18-20% over the bare gateway, this way +12% (bench/README.md, one run
 * each). The queue is bounded: over {@code capacity} lines waiting, lines are dropped and
 * counted, never the request held; the count is logged.
 */
public class AccessLogWriter implements DisposableBean {

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(AccessLogWriter.class);

	private static final String FQCN = AccessLogWriter.class.getName();

	private final Queue<AccessLine> lines = new ConcurrentLinkedQueue<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong dropped = new AtomicLong();

	private final int capacity;

	private final Logger logger;

	private final ScheduledExecutorService writer;

	public AccessLogWriter(String loggerName, int capacity, long intervalMillis) {
		this.capacity = capacity;
		this.logger = (LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
				? context.getLogger(loggerName) : null;
		this.writer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "access-log-writer");
			thread.setDaemon(true);
			return thread;
		});
		this.writer.scheduleWithFixedDelay(this::writeWaiting, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
	}

	/** Queues a request's line; never blocks. */
	public void offer(AccessLine line) {
		if (this.waiting.incrementAndGet() > this.capacity) {
			this.waiting.decrementAndGet();
			this.dropped.incrementAndGet();
			return;
		}
		this.lines.offer(line);
	}

	void writeWaiting() {
		AccessLine line;
		while ((line = this.lines.poll()) != null) {
			this.waiting.decrementAndGet();
			if (this.logger != null && this.logger.isInfoEnabled()) {
				this.logger.callAppenders(eventOf(line));
			}
		}
		long lost = this.dropped.getAndSet(0);
		if (lost > 0) {
			log.warn("{} access log lines dropped: more than {} were waiting to be written", lost, this.capacity);
		}
	}

	private LoggingEvent eventOf(AccessLine line) {
		LoggingEvent event = new LoggingEvent(FQCN, this.logger, Level.INFO, "access", null, null);
		event.setInstant(line.at());
		event.setThreadName(line.thread());
		event.addKeyValuePair(new KeyValuePair("method", line.method()));
		event.addKeyValuePair(new KeyValuePair("path", line.path()));
		event.addKeyValuePair(new KeyValuePair("route", line.route()));
		event.addKeyValuePair(new KeyValuePair("instance", line.instance()));
		event.addKeyValuePair(new KeyValuePair("status", line.status()));
		event.addKeyValuePair(new KeyValuePair("latency_ms", line.latencyMs()));
		event.addKeyValuePair(new KeyValuePair("outcome", line.outcome()));
		event.addKeyValuePair(new KeyValuePair("request_id", line.requestId()));
		return event;
	}

	/** Writes what is still queued, then stops the thread. */
	@Override
	public void destroy() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(2, TimeUnit.SECONDS);
		writeWaiting();
	}

	/** What one request's line says. */
	public record AccessLine(Instant at, String thread, String method, String path, String route, String instance,
			int status, long latencyMs, String outcome, String requestId) {

	}

}
