package dev.shopfront.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.shopfront.gateway.loadbalancing.ShopfrontLoadBalancerConfiguration;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(GatewayProperties.class)
@LoadBalancerClients(defaultConfiguration = ShopfrontLoadBalancerConfiguration.class)
public class GatewayApplication {

	static final String EVENT_LOOPS = "reactor.netty.ioWorkerCount";

	public static void main(String[] args) {
		oneEventLoopPerCore();
		SpringApplication.run(GatewayApplication.class, args);
	}

	/**
	 * A proxy that never blocks gains nothing from more event loops than cores, and
	 * Reactor Netty's minimum of four cost about 10% of throughput on two cores
	 * (bench/gateway). {@code -Dreactor.netty.ioWorkerCount} still wins.
	 */
	static void oneEventLoopPerCore() {
		if (System.getProperty(EVENT_LOOPS) == null) {
			System.setProperty(EVENT_LOOPS, String.valueOf(Runtime.getRuntime().availableProcessors()));
		}
	}

}
