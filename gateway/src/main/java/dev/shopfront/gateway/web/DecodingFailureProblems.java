package dev.shopfront.gateway.web;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;

/**
 * Gives the answers Reactor Netty sends by itself, before any Spring code runs, a
 * problem+json body: 414 for a request line over
 * {@code server.netty.max-initial-line-length}, 431 for headers over the header limit,
 * 400 for a request that is not HTTP. Netty writes them as empty full responses with
 * {@code Connection: close}; this handler sits right after the HTTP codec and fills in
 * the body. Anything else passes untouched (one type check per write).
 */
@ChannelHandler.Sharable
public final class DecodingFailureProblems extends ChannelOutboundHandlerAdapter {

	static final String NAME = "shopfront.decodingFailureProblems";

	private static final DecodingFailureProblems INSTANCE = new DecodingFailureProblems();

	private DecodingFailureProblems() {
	}

	/** Adds the handler to every connection of the gateway's server. */
	public static NettyServerCustomizer customizer() {
		return (HttpServer server) -> server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(NAME) == null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, NAME, INSTANCE);
			}
		});
	}

	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
		if (message instanceof FullHttpResponse response && isDecodingFailure(response)) {
			int status = response.status().code();
			String detail = switch (status) {
				case 414 -> "the request line (method, URI and version) is longer than the gateway accepts";
				case 431 -> "the request headers are larger than the gateway accepts";
				default -> "the request is not valid HTTP";
			};
			byte[] body = "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
				.formatted(response.status().reasonPhrase(), status, detail)
				.getBytes(StandardCharsets.UTF_8);
			FullHttpResponse problem = response.replace(Unpooled.wrappedBuffer(body));
			response.release();
			problem.headers()
				.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
				.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
			context.write(problem, promise);
			return;
		}
		context.write(message, promise);
	}

	// Reactor Netty's own answers to a request it could not decode: empty, and closing.
	private static boolean isDecodingFailure(FullHttpResponse response) {
		int status = response.status().code();
		return (status == 414 || status == 431 || status == 400) && !response.content().isReadable()
				&& !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
				&& response.headers().contains(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
	}

}
