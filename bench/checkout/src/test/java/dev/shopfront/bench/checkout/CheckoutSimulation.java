package dev.shopfront.bench.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The normal run, one phase after the other: the capacity ramp through the gateway, then
 * the same ramp to the services directly; a steady load through the gateway, then
 * directly; the spec's k6 scenario through the gateway. Afterwards it prints the figures,
 * the gateway's share as ratios, and the invariants over every checkout of the run.
 */
public class CheckoutSimulation extends Simulation {

	private final BenchSettings settings = BenchSettings.fromEnvironment();

	private final Api api = new Api();

	private final Catalogue catalogue = Catalogue.create(this.api, adminBase(this.settings), 10, 25);

	private final Catalogue k6Catalogue = Catalogue.create(this.api, adminBase(this.settings), 5, 1);

	private final Invariants invariants = new Invariants(this.api, this.settings, this.catalogue);

	private final CpuUse cpu = new CpuUse(this.api, CpuUse.sources(this.settings), 2);

	private final Phase.Ramp ramp = new Phase.Ramp(this.settings.rampFrom(), this.settings.rampStep(),
			this.settings.rampLevels(), this.settings.levelSeconds());

	private final List<Phase> checkoutPhases = new ArrayList<>();

	private final Phase warmup = checkoutPhase(Warmup.phase(this.settings, this.cpu));

	private final Phase capacityGateway = checkoutPhase("capacity ramp, gateway", this.ramp);

	private final Phase capacityDirect = this.settings.direct() ? checkoutPhase("capacity ramp, direct", this.ramp)
			: null;

	private final Phase steadyGateway = checkoutPhase(
			"steady %d checkouts/s, gateway".formatted(this.settings.steadyRate()), null);

	private final Phase steadyDirect = this.settings.direct()
			? checkoutPhase("steady %d checkouts/s, direct".formatted(this.settings.steadyRate()), null) : null;

	private final Phase k6 = new Phase("k6 scenario, %d users, gateway".formatted(this.settings.k6Users()), "k6 loop",
			null);

	{
		HttpProtocolBuilder protocol = http.acceptHeader("application/json").shareConnections().disableCaching();
		Target gateway = Target.gateway(this.settings);
		Target direct = this.settings.direct() ? Target.direct(this.settings) : null;
		List<PopulationBuilder> phases = new ArrayList<>();
		phases.add(Journeys.checkout(this.warmup.name(), gateway, this.catalogue, this.warmup)
			.injectOpen(constantUsersPerSec(this.settings.warmupRate())
				.during(Duration.ofSeconds(this.settings.warmupSeconds()))));
		phases.add(Journeys.checkout(this.capacityGateway.name(), gateway, this.catalogue, this.capacityGateway)
			.injectOpen(settle(rampSteps())));
		if (direct != null) {
			phases.add(Journeys.checkout(this.capacityDirect.name(), direct, this.catalogue, this.capacityDirect)
				.injectOpen(settle(rampSteps())));
		}
		phases.add(Journeys.checkout(this.steadyGateway.name(), gateway, this.catalogue, this.steadyGateway)
			.injectOpen(settle(steadySteps())));
		if (direct != null) {
			phases.add(Journeys.checkout(this.steadyDirect.name(), direct, this.catalogue, this.steadyDirect)
				.injectOpen(settle(steadySteps())));
		}
		phases.add(Journeys.k6(this.k6.name(), this.settings, gateway, this.k6Catalogue.plenty(), this.k6)
			.injectOpen(nothingFor(Duration.ofSeconds(3)), rampUsers(this.settings.k6Users())
				.during(Duration.ofSeconds(Math.min(10, this.settings.k6Seconds())))));
		PopulationBuilder chain = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	@Override
	public void after() {
		this.cpu.close();
		Figures figures = new Figures();
		figures.line("");
		figures.line("#### checkout bench: normal run");
		phase(figures, this.warmup);
		int capacityGateway = figures.phase(this.capacityGateway);
		figures.cpu(this.capacityGateway, this.cpu);
		int capacityDirect = -1;
		if (this.capacityDirect != null) {
			capacityDirect = figures.phase(this.capacityDirect);
			figures.cpu(this.capacityDirect, this.cpu);
		}
		OptionalDouble steadyGatewayCpu = phase(figures, this.steadyGateway);
		OptionalDouble steadyDirectCpu = (this.steadyDirect != null) ? phase(figures, this.steadyDirect)
				: OptionalDouble.empty();
		phase(figures, this.k6);
		figures.line("");
		figures.line("== summary ==");
		figures.line("capacity through the gateway   %d checkouts/s (target >= 250)", capacityGateway);
		long steadyP95 = Figures.checkoutPercentile(this.steadyGateway, 95);
		figures.line("steady checkout p95, gateway   %d ms (target < 50 ms)", steadyP95);
		long k6P95 = k6Percentile(95);
		figures.line("k6 scenario p95                %d ms, %d failed requests (target < 100 ms, 0 failures)", k6P95,
				this.k6.errors().values().stream().mapToLong(Long::longValue).sum());
		if (this.capacityDirect != null) {
			figures.line("gateway share: capacity gateway/direct %.2f (%d vs %d checkouts/s)",
					capacityGateway / (double) Math.max(1, capacityDirect), capacityGateway, capacityDirect);
			for (int percent : new int[] { 50, 95, 99 }) {
				long viaGateway = Figures.checkoutPercentile(this.steadyGateway, percent);
				long direct = Figures.checkoutPercentile(this.steadyDirect, percent);
				figures.line("gateway share: steady checkout p%d gateway/direct %.2f (%d vs %d ms, +%d ms)", percent,
						viaGateway / (double) Math.max(1, direct), viaGateway, direct, viaGateway - direct);
			}
		}
		ceiling(figures, "gateway", steadyGatewayCpu);
		ceiling(figures, "direct", steadyDirectCpu);
		figures.line("");
		figures.line("== invariants (every checkout of this run, through the APIs) ==");
		try {
			List<String> users = new ArrayList<>();
			this.checkoutPhases.forEach((phase) -> users.addAll(phase.users()));
			figures.line(this.invariants.await(users).text());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Report.print(this.settings, figures);
	}

	private OptionalDouble phase(Figures figures, Phase phase) {
		figures.phase(phase);
		return figures.cpu(phase, this.cpu);
	}

	/**
	 * What the CPU per checkout allows at most: every core busy with the system alone (no
	 * load generator), no waiting anywhere.
	 */
	private void ceiling(Figures figures, String target, OptionalDouble cpuMs) {
		if (cpuMs.isEmpty()) {
			return;
		}
		int cores = Runtime.getRuntime().availableProcessors();
		figures.line("CPU per checkout at steady %d/s, %s: %.1f ms, so %d cores allow at most %.0f checkouts/s",
				this.settings.steadyRate(), target, cpuMs.getAsDouble(), cores, cores * 1000 / cpuMs.getAsDouble());
	}

	private long k6Percentile(double percent) {
		long[] all = this.k6.stepTimes().values().stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
		return Figures.percentile(all, percent) / 1000;
	}

	private Phase checkoutPhase(String name, Phase.Ramp ramp) {
		return checkoutPhase(new Phase(name, ramp));
	}

	private Phase checkoutPhase(Phase phase) {
		this.checkoutPhases.add(phase);
		return phase;
	}

	private List<OpenInjectionStep> rampSteps() {
		List<OpenInjectionStep> steps = new ArrayList<>();
		for (int level = 0; level < this.ramp.levels(); level++) {
			steps.add(constantUsersPerSec(this.ramp.rate(level)).during(Duration.ofSeconds(this.ramp.levelSeconds())));
		}
		return steps;
	}

	private List<OpenInjectionStep> steadySteps() {
		return List.of(constantUsersPerSec(this.settings.steadyRate())
			.during(Duration.ofSeconds(this.settings.steadySeconds())));
	}

	/**
	 * A few quiet seconds before a phase, so it does not start on the last one's tail.
	 */
	private static List<OpenInjectionStep> settle(List<OpenInjectionStep> steps) {
		List<OpenInjectionStep> settled = new ArrayList<>();
		settled.add(nothingFor(Duration.ofSeconds(3)));
		settled.addAll(steps);
		return settled;
	}

	/** Products are created on the product service itself when it is reachable. */
	static String adminBase(BenchSettings settings) {
		return settings.productUrl().isEmpty() ? settings.gatewayUrl() + "/api" : settings.productUrl();
	}

}
