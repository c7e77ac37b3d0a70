package dev.shopfront.platform.config;

import io.grpc.ClientInterceptor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.server.GlobalServerInterceptor;

import dev.shopfront.platform.grpc.RequestIdClientInterceptor;
import dev.shopfront.platform.grpc.RequestIdServerInterceptor;

/**
 * Request ids across gRPC, on every server and every client channel.
 */
@AutoConfiguration
@ConditionalOnClass(ClientInterceptor.class)
public class PlatformGrpcAutoConfiguration {

	@Bean
	@GlobalServerInterceptor
	RequestIdServerInterceptor requestIdServerInterceptor() {
		return new RequestIdServerInterceptor();
	}

	@Bean
	@GlobalClientInterceptor
	RequestIdClientInterceptor requestIdClientInterceptor() {
		return new RequestIdClientInterceptor();
	}

}
