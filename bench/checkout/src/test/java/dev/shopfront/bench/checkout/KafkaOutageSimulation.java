package dev.shopfront.bench.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The fault variant: the steady checkout load through the gateway while Kafka is stopped
 * for {@code KAFKA_DOWN_FOR} seconds and started again. Checkouts must go on without a
 * 5xx (the events wait in the payment outbox), and once the outbox has drained every
 * invariant must be 0; it prints how long draining took after Kafka came back.
 */
public class KafkaOutageSimulation extends Simulation {

	private final BenchSettings settings = BenchSettings.fromEnvironment();

	private final Api api = new Api();

	private final Catalogue catalogue = Catalogue.create(this.api, CheckoutSimulation.adminBase(this.settings), 10, 25);

	private final Invariants invariants = new Invariants(this.api, this.settings, this.catalogue);

	private final Phase phase = new Phase("steady %d checkouts/s, gateway, Kafka stopped %d s after %d s".formatted(
			this.settings.steadyRate(), this.settings.kafkaDownFor(), this.settings.kafkaDownAt()), (Phase.Ramp) null);

	private final CpuUse cpu = new CpuUse(this.api, CpuUse.sources(this.settings), 2);

	private final Phase warmup = Warmup.phase(this.settings, this.cpu);

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final AtomicLong kafkaStoppedNanos = new AtomicLong();

	private final AtomicLong kafkaStartedNanos = new AtomicLong();

	private final AtomicLong maxBacklog = new AtomicLong();

	private final AtomicLong normalBacklog = new AtomicLong();

	private final AtomicLong drainedNanos = new AtomicLong();

	{
		if (this.settings.controlUrl().isEmpty()) {
			throw new IllegalStateException(
					"The Kafka outage needs the bench's own system (BENCH_CONTROL_URL): run without BASE_URL");
		}
		Target gateway = Target.gateway(this.settings);
		setUp(Journeys.checkout(this.warmup.name(), gateway, this.catalogue, this.warmup)
			.injectOpen(constantUsersPerSec(this.settings.warmupRate())
				.during(Duration.ofSeconds(this.settings.warmupSeconds())))
			.andThen(Journeys.checkout(this.phase.name(), gateway, this.catalogue, this.phase)
				.injectOpen(constantUsersPerSec(this.settings.steadyRate())
					.during(Duration.ofSeconds(this.settings.faultSeconds())))))
			.protocols(http.acceptHeader("application/json").shareConnections().disableCaching());
	}

	@Override
	public void before() {
		this.clock.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
	}

	@Override
	public void after() {
		this.cpu.close();
		Figures figures = new Figures();
		figures.line("");
		figures.line("#### checkout bench: Kafka outage run");
		for (Phase measured : List.of(this.warmup, this.phase)) {
			figures.phase(measured);
			figures.cpu(measured, this.cpu);
		}
		long serverErrors = Figures.serverErrors(this.phase);
		figures.line("5xx answers during the outage run: %d (target 0)", serverErrors);
		try {
			while (this.kafkaStartedNanos.get() == 0) {
				Thread.sleep(200);
			}
			List<String> users = new ArrayList<>(this.warmup.users());
			users.addAll(this.phase.users());
			Invariants.Result result = this.invariants.await(users);
			figures.line("");
			figures.line("== invariants after the outage ==");
			figures.line(result.text());
			long drained = this.drainedNanos.get();
			figures.line("outbox backlog: %d before the outage, peak %d; drained %s after Kafka was started again",
					this.normalBacklog.get(), this.maxBacklog.get(),
					(drained == 0) ? "NOT (still above its normal level)"
							: "%.1f s".formatted((drained - this.kafkaStartedNanos.get()) / 1e9));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.clock.shutdownNow();
		}
		Report.print(this.settings, figures);
	}

	/**
	 * The backlog under load is never quite 0 (the relay polls): before the outage its
	 * highest value is the normal level, and the outbox has drained once it is back there
	 * after Kafka started again.
	 */
	private void tick() {
		long phaseStarted = this.phase.startedNanos();
		if (phaseStarted != 0) {
			long seconds = (System.nanoTime() - phaseStarted) / 1_000_000_000;
			if (seconds >= this.settings.kafkaDownAt() && this.kafkaStoppedNanos.get() == 0) {
				this.kafkaStoppedNanos.set(System.nanoTime());
				control("/kafka/stop");
			}
			if (seconds >= this.settings.kafkaDownAt() + this.settings.kafkaDownFor()
					&& this.kafkaStartedNanos.get() == 0) {
				control("/kafka/start");
				this.kafkaStartedNanos.set(System.nanoTime());
			}
		}
		watchOutbox();
	}

	private void watchOutbox() {
		long backlog = (long) this.invariants.outboxBacklog();
		if (backlog < 0) {
			return;
		}
		this.maxBacklog.accumulateAndGet(backlog, Math::max);
		if (this.kafkaStoppedNanos.get() == 0 && this.phase.startedNanos() != 0) {
			this.normalBacklog.accumulateAndGet(backlog, Math::max);
		}
		else if (this.kafkaStartedNanos.get() != 0 && backlog <= this.normalBacklog.get()) {
			this.drainedNanos.compareAndSet(0, System.nanoTime());
		}
	}

	private void control(String action) {
		// Stopping or starting the broker takes seconds, more on a loaded machine.
		long started = System.nanoTime();
		Api.Reply reply = this.api.post(this.settings.controlUrl() + action, "{}", Duration.ofMinutes(3));
		System.out.printf("[bench] %s: %d %s in %.1f s%n", action, reply.status(), reply.text().strip(),
				(System.nanoTime() - started) / 1e9);
	}

}
