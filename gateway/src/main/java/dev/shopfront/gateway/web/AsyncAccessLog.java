package dev.shopfront.gateway.web;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Hands the access log's lines to a background thread (Logback's {@link AsyncAppender} in
 * front of the console appender Spring Boot configured, JSON or text): encoding a
 * structured line took most of the gateway's allocation on the event loop
 * (bench/gateway). The queue never blocks a request: when it is full (the console cannot
 * keep up), access lines are dropped, never the other logs, which keep their own
 * synchronous path.
 */
public class AsyncAccessLog implements InitializingBean, DisposableBean {

	static final String CONSOLE = "CONSOLE";

	private final String loggerName;

	private final int queueSize;

	private AsyncAppender async;

	public AsyncAccessLog(String loggerName, int queueSize) {
		this.loggerName = loggerName;
		this.queueSize = queueSize;
	}

	@Override
	public void afterPropertiesSet() {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		Appender<ILoggingEvent> console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
		if (console == null) {
			return;
		}
		AsyncAppender async = new AsyncAppender();
		async.setContext(context);
		async.setName("ACCESS_ASYNC");
		async.setQueueSize(this.queueSize);
		async.setDiscardingThreshold(0);
		async.setNeverBlock(true);
		async.addAppender(console);
		async.start();
		Logger access = context.getLogger(this.loggerName);
		access.addAppender(async);
		access.setAdditive(false);
		this.async = async;
	}

	/** Writes what is still queued (for up to a second) and stops the thread. */
	@Override
	public void destroy() {
		if (this.async != null) {
			this.async.stop();
		}
	}

}
