package dev.nines.models.failover;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.StateSource;
import dev.nines.models.structure.Structure;
import dev.nines.models.units.RenewalUnit;
import dev.nines.models.units.RepairService;
import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Durations;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Exact standby timelines: deterministic units, beliefs flipped by scheduled events. */
final class StandbyFixture {

  static final double H = Durations.HOUR;

  final Simulation sim = new Simulation();
  final List<Unit> pool = new ArrayList<>();
  final List<String> timeline = new ArrayList<>();
  List<FakeBelief> beliefs;
  StandbyNode node;

  /** A unit that lives {@code life} hours and is repaired in {@code repair} hours, at once. */
  RenewalUnit unit(String name, double life, double repair) {
    RenewalUnit unit = new RenewalUnit(name, sim, () -> life * H, () -> repair * H,
        RepairService.IMMEDIATE);
    pool.add(unit);
    return unit;
  }

  /**
   * A standby "pair" over the pool: active group "a", spare groups "b", "c".. (one per further
   * unit); with a detector "hb" the units get fake beliefs, all trusted at the start.
   */
  static Structure.Standby spec(StandbyMode mode, double dormancy, String detector,
      Double switchHours, double switchFailure, int units) {
    List<String> spares = new ArrayList<>();
    for (int i = 1; i < units; i++) {
      spares.add(String.valueOf((char) ('a' + i)));
    }
    Distribution switchover = switchHours == null ? null : new Deterministic(switchHours * H);
    return new Structure.Standby("pair", "a", spares, mode, dormancy, detector, switchover,
        switchFailure);
  }

  StandbyNode node(Structure.Standby spec, double warmupHours) {
    return node(spec, warmupHours, new RandomStreams(1, 0).stream("pair/switch"));
  }

  StandbyNode node(Structure.Standby spec, double warmupHours, UniformRandomProvider random) {
    List<StateSource> sources = null;
    if (spec.detector() != null) {
      beliefs = new ArrayList<>();
      for (int i = 0; i < pool.size(); i++) {
        beliefs.add(new FakeBelief(sim));
      }
      sources = List.copyOf(beliefs);
    }
    node = new StandbyNode(spec, pool, sources, sim, random, warmupHours * H);
    node.addListener((t, up) -> timeline.add((t / H) + (up ? " up" : " down")));
    return node;
  }

  /** The belief of unit i changes to {@code trusted} at {@code hours}. */
  void belief(int i, double hours, boolean trusted) {
    sim.scheduleAt(hours * H, () -> beliefs.get(i).set(trusted));
  }

  /** Starts the units, then the node, runs to the horizon and closes the observation. */
  StandbyObservation run(double hours) {
    pool.forEach(Unit::start);
    node.start();
    sim.runUntil(hours * H);
    return node.finish(hours * H);
  }

  /** A random stream whose nextDouble gives 0 (a switch failure) or just below 1 (success). */
  static UniformRandomProvider scripted(boolean... failures) {
    int[] next = {0};
    return () -> failures[next[0]++] ? 0L : -1L;
  }

  /** A detector's belief under test control. */
  static final class FakeBelief implements StateSource {
    private final Simulation sim;
    private boolean trusted = true;
    private StateListener[] listeners = new StateListener[0];

    FakeBelief(Simulation sim) {
      this.sim = sim;
    }

    @Override
    public boolean isUp() {
      return trusted;
    }

    @Override
    public void addListener(StateListener listener) {
      listeners = Arrays.copyOf(listeners, listeners.length + 1);
      listeners[listeners.length - 1] = listener;
    }

    void set(boolean nowTrusted) {
      if (nowTrusted != trusted) {
        trusted = nowTrusted;
        for (StateListener listener : listeners) {
          listener.changed(sim.now(), nowTrusted);
        }
      }
    }
  }
}
