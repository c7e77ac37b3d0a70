package dev.shopfront.platform.grpc.client;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shopfront.grpc.clients.<peer>.*}: the {@link GrpcClientPolicy} of each gRPC
 * peer.
 */
@ConfigurationProperties("shopfront.grpc")
public class GrpcClientsProperties {

	private Map<String, GrpcClientPolicy> clients = new TreeMap<>();

	public Map<String, GrpcClientPolicy> getClients() {
		return this.clients;
	}

	public void setClients(Map<String, GrpcClientPolicy> clients) {
		this.clients = clients;
	}

	public GrpcClientPolicy policy(String peer) {
		return this.clients.getOrDefault(peer, GrpcClientPolicy.defaults());
	}

}
