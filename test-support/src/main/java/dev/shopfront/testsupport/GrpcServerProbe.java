package dev.shopfront.testsupport;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;

/**
 * What a running gRPC server answers a caller that holds a given token, or none: the
 * status of a unary call, and the outcome of asking its reflection service for the list
 * of services.
 */
public final class GrpcServerProbe implements AutoCloseable {

	// Generous: the answer is expected at once, but shared build machines can be slow.
	private static final long DEADLINE_SECONDS = 30;

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private final ManagedChannel channel;

	private GrpcServerProbe(ManagedChannel channel) {
		this.channel = channel;
	}

	public static GrpcServerProbe at(int port) {
		return new GrpcServerProbe(ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build());
	}

	/**
	 * The status code of one unary call.
	 * @param authorization the {@code authorization} metadata value to send, or null for
	 * none
	 */
	public <Q, R> Status.Code call(MethodDescriptor<Q, R> method, Q request, String authorization) {
		try {
			ClientCalls.blockingUnaryCall(channelWith(authorization), method,
					CallOptions.DEFAULT.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS), request);
			return Status.Code.OK;
		}
		catch (StatusRuntimeException ex) {
			return ex.getStatus().getCode();
		}
	}

	/**
	 * The services the reflection service lists, or the status it failed with (for
	 * example UNIMPLEMENTED when it is not registered).
	 */
	public Reflection reflection(String authorization) throws Exception {
		CompletableFuture<Reflection> outcome = new CompletableFuture<>();
		StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channelWith(authorization))
			.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
			.serverReflectionInfo(new StreamObserver<>() {

				@Override
				public void onNext(ServerReflectionResponse response) {
					outcome.complete(new Reflection(Status.Code.OK,
							response.getListServicesResponse()
								.getServiceList()
								.stream()
								.map(ServiceResponse::getName)
								.toList()));
				}

				@Override
				public void onError(Throwable error) {
					outcome.complete(new Reflection(Status.fromThrowable(error).getCode(), List.of()));
				}

				@Override
				public void onCompleted() {
					outcome.complete(new Reflection(Status.Code.OK, List.of()));
				}

			});
		requests.onNext(ServerReflectionRequest.newBuilder().setListServices("*").build());
		requests.onCompleted();
		return outcome.get(DEADLINE_SECONDS + 5, TimeUnit.SECONDS);
	}

	private Channel channelWith(String authorization) {
		if (authorization == null) {
			return this.channel;
		}
		Metadata headers = new Metadata();
		headers.put(AUTHORIZATION, authorization);
		ClientInterceptor attach = MetadataUtils.newAttachHeadersInterceptor(headers);
		return ClientInterceptors.intercept(this.channel, attach);
	}

	@Override
	public void close() {
		this.channel.shutdownNow();
	}

	/** What the reflection service answered. */
	public record Reflection(Status.Code status, List<String> services) {

	}

}
