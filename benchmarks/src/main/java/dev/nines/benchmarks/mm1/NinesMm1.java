package dev.nines.benchmarks.mm1;

import dev.nines.models.distributions.Exponential;
import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * {@link Mm1} on nines's engine through its public API, as a model would write it: a
 * {@link Simulation}, named streams from {@link RandomStreams}, samplers from the model's
 * {@link Exponential}, one {@link Event} instance per kind rescheduled again and again, and the
 * departure's handle kept so that it could be cancelled.
 */
public final class NinesMm1 {

  private final Simulation simulation = new Simulation();
  private final ContinuousSampler interarrival;
  private final ContinuousSampler service;
  private final Mm1.Area area = new Mm1.Area();
  private final Event arrival = this::arrive;
  private final Event departure = this::depart;
  private final int customers;
  private int arrived;
  private int inSystem;
  /** Kept as a model keeps it, to cancel the departure (a server failing mid-service). */
  private long departureHandle = -1;

  private NinesMm1(long seed, int customers) {
    RandomStreams streams = new RandomStreams(seed, 0);
    interarrival = Exponential.ofRate(Mm1.ARRIVAL_RATE).sampler(streams.stream("customers/arrival"));
    service = Exponential.ofRate(Mm1.SERVICE_RATE).sampler(streams.stream("server/service"));
    this.customers = customers;
  }

  /** Simulates until {@code customers} have arrived and left; returns the mean number in system. */
  public static double run(long seed, int customers) {
    NinesMm1 model = new NinesMm1(seed, customers);
    model.simulation.schedule(model.interarrival.sample(), model.arrival);
    model.simulation.runUntil(Double.POSITIVE_INFINITY);
    if (model.simulation.eventsFired() != 2L * customers) {
      throw new IllegalStateException("fired " + model.simulation.eventsFired() + " events");
    }
    return model.area.average();
  }

  private void arrive() {
    area.advance(simulation.now(), inSystem);
    if (++arrived < customers) {
      simulation.schedule(interarrival.sample(), arrival);
    }
    if (++inSystem == 1) {
      departureHandle = simulation.schedule(service.sample(), departure);
    }
  }

  private void depart() {
    area.advance(simulation.now(), inSystem);
    if (--inSystem > 0) {
      departureHandle = simulation.schedule(service.sample(), departure);
    }
  }
}
