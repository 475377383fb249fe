package dev.nines.benchmarks.mm1;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * {@link Mm1} on SSJ 3.3.1 as its examples write it: a {@link Simulator} with its default splay-tree
 * event list, {@link Event} subclasses, {@link MRG32k3a} streams and {@link ExponentialGen}
 * (inversion). Unlike SSJ's own QueueEv example, which makes a new event per arrival and per
 * departure, each event object is rescheduled after it fires (SSJ allows it), which is SSJ's
 * faster way.
 */
public final class SsjMm1 {

  private final Simulator simulator = new Simulator(new SplayTree());
  private final RandomVariateGen interarrival;
  private final RandomVariateGen service;
  private final Mm1.Area area = new Mm1.Area();
  private final Event arrival;
  private final Event departure;
  private final int customers;
  private int arrived;
  private int inSystem;
  private long events;

  private SsjMm1(int customers) {
    this.customers = customers;
    interarrival = new ExponentialGen(new MRG32k3a(), Mm1.ARRIVAL_RATE);
    service = new ExponentialGen(new MRG32k3a(), Mm1.SERVICE_RATE);
    arrival = new Event(simulator) {
      @Override
      public void actions() {
        arrive();
      }
    };
    departure = new Event(simulator) {
      @Override
      public void actions() {
        depart();
      }
    };
  }

  /** Simulates until {@code customers} have arrived and left; returns the mean number in system. */
  public static double run(int customers) {
    SsjMm1 model = new SsjMm1(customers);
    model.simulator.init();
    model.arrival.schedule(model.interarrival.nextDouble());
    model.simulator.start();
    if (model.events != 2L * customers) {
      throw new IllegalStateException("fired " + model.events + " events");
    }
    return model.area.average();
  }

  private void arrive() {
    events++;
    area.advance(simulator.time(), inSystem);
    if (++arrived < customers) {
      arrival.schedule(interarrival.nextDouble());
    }
    if (++inSystem == 1) {
      departure.schedule(service.nextDouble());
    }
  }

  private void depart() {
    events++;
    area.advance(simulator.time(), inSystem);
    if (--inSystem > 0) {
      departure.schedule(service.nextDouble());
    }
  }
}
