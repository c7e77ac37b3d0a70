package dev.shopfront.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

import dev.shopfront.platform.requestid.RequestId;

/**
 * Carries the {@code X-Request-Id} header of a consumed record into the MDC while the
 * listener handles it, so the logs of an event's consumer line up with the request that
 * caused it.
 */
public class RequestIdRecordInterceptor implements RecordInterceptor<Object, Object> {

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		Header header = record.headers().lastHeader(RequestId.HEADER);
		String candidate = (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
		MDC.put(RequestId.MDC_KEY, RequestId.acceptOrGenerate(candidate));
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(RequestId.MDC_KEY);
	}

}
