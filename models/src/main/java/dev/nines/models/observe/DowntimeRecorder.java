package dev.nines.models.observe;

import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Simulation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Charges each outage of the system to what started it: the first change to down, in the simulation
 * event during which the system went down, of a unit or of a standby or quorum. A unit's change is
 * its failure, or a scripted fault while {@link Unit#isHeld}; a standby's or quorum's own change is
 * one that no unit's change preceded in the event (a switchover after a false suspicion). Events are
 * told apart by {@link Simulation#eventsFired()}, which counts the event being fired while its
 * listeners run, and is 0 before the run, when units and nodes that start down say so: that is the
 * initial state.
 *
 * <p>The trackers ({@link #unit}, {@link #node}) must hear a change before anything it feeds: add a
 * unit's tracker before its other listeners, a node's before the gate above it. The recorder itself
 * listens to the system. Down time counts within [warm-up, horizon], as in {@link ScopeRecorder}.
 */
public final class DowntimeRecorder implements StateListener {

  private final Simulation simulation;
  private final double warmup;
  private final Map<String, Double> byGroup = new LinkedHashMap<>();
  private final Map<String, Double> byCause = new LinkedHashMap<>();
  /** The event of the first change to down noted, and what made it. */
  private long event = -1;
  private String eventGroup;
  private String eventCause;
  /** The outage going on, if any, and what started it. */
  private boolean up = true;
  private double downSince;
  private String group;
  private String cause;

  public DowntimeRecorder(Simulation simulation, double warmup) {
    this.simulation = simulation;
    this.warmup = warmup;
  }

  /** The tracker of a unit of {@code group}: add it to the unit before any other listener. */
  public StateListener unit(Unit unit, String group) {
    return new StateListener() {
      @Override
      public void changed(double time, boolean nowUp) {
        if (!nowUp) {
          note(group, unit.isHeld() ? DowntimeCauses.SCRIPTED_FAULT : DowntimeCauses.FAILURE);
        }
      }

      @Override
      public void startsDown(double time) {
        note(group, DowntimeCauses.INITIAL_STATE);
      }
    };
  }

  /**
   * The tracker of a standby or quorum, named {@code scope}, whose own changes are charged to
   * {@code cause}: add it to the node before any other listener.
   */
  public StateListener node(String scope, String cause) {
    return new StateListener() {
      @Override
      public void changed(double time, boolean nowUp) {
        if (!nowUp) {
          note(scope, cause);
        }
      }

      @Override
      public void startsDown(double time) {
        note(scope, DowntimeCauses.INITIAL_STATE);
      }
    };
  }

  /** Keeps the first change to down of the current event. */
  private void note(String changedGroup, String changeCause) {
    long now = simulation.eventsFired();
    if (now != event) {
      event = now;
      eventGroup = changedGroup;
      eventCause = changeCause;
    }
  }

  @Override
  public void changed(double time, boolean nowUp) {
    if (nowUp == up) {
      return;
    }
    if (nowUp) {
      charge(time, byGroup, byCause);
      up = true;
    } else {
      begin(time);
    }
  }

  @Override
  public void startsDown(double time) {
    if (up) {
      begin(time);
    }
  }

  /** The system went down now: the outage is charged to the first change of this event. */
  private void begin(double time) {
    if (event != simulation.eventsFired()) {
      throw new IllegalStateException("the system went down at " + time
          + " without a unit, standby or quorum going down first");
    }
    up = false;
    downSince = time;
    group = eventGroup;
    cause = eventCause;
  }

  /** What was charged over [warm-up, horizon]: an outage still going on counts up to the horizon. */
  public DowntimeCauses finish(double horizon) {
    Map<String, Double> groups = new LinkedHashMap<>(byGroup);
    Map<String, Double> causes = new LinkedHashMap<>(byCause);
    if (!up) {
      charge(horizon, groups, causes);
    }
    return new DowntimeCauses(groups, causes);
  }

  /** Adds the part of the current outage in the window, up to {@code time}. */
  private void charge(double time, Map<String, Double> groups, Map<String, Double> causes) {
    double from = Math.max(downSince, warmup);
    if (time > from) {
      groups.merge(group, time - from, Double::sum);
      causes.merge(cause, time - from, Double::sum);
    }
  }
}
