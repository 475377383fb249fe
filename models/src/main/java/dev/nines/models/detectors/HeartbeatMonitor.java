package dev.nines.models.detectors;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.structure.StateSource;
import dev.nines.models.units.Listeners;
import dev.nines.models.units.StateListener;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Event;
import dev.nines.simulator.Simulation;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The monitor of one unit by one heartbeat detector (DESIGN.md §3). It listens to the unit (the
 * truth) and is itself a {@link StateSource} whose "up" means trusted (the belief): its listeners
 * hear {@code changed(t, false)} when it starts to suspect the unit and {@code changed(t, true)}
 * when it trusts it again.
 *
 * <p><b>Model.</b> While up, the unit sends heartbeats at u, u + I, u + 2I, ... from the start u of
 * its up period (none while down; those already sent still arrive). Each is lost with probability
 * p, or else arrives after a delay D; an arrival at a covers [a, a + T). The monitor trusts at t iff
 * t is covered (at time 0 a virtual arrival covers [0, T)). Gaps below 64 ulps are ignored.
 *
 * <p><b>Exact skip-ahead.</b> D is drawn as Q(U), U uniform. With c = T − I, a heartbeat is normal
 * when it arrives with U in a window [0, w] where Q(w) − Q(0) ≤ c, and special otherwise (lost, or
 * out of the window), with probability r = {@link #specialProbability}. Two consecutive normal
 * heartbeats arrive at most I + c = T apart, so a run of them covers one interval, from the least
 * arrival among its first ⌈c/I⌉ + 1 members to T after the greatest among its last ⌈c/I⌉ + 1: the
 * delays of the others are never drawn. The number of normals before the next special is geometric,
 * so one calendar event per special heartbeat suffices, plus one pending event for the next change
 * of belief. A failure truncates the open run at the last heartbeat sent before it.
 *
 * <p>All draws come from the one stream given; nothing depends on hash order or the clock.
 */
public final class HeartbeatMonitor implements StateListener, StateSource {

  private static final long NEVER = Long.MAX_VALUE;
  /** Upper end of the window for delays with unbounded (or unknown) support: Q(1) may not exist. */
  private static final double TOP = 1 - 1e-12;

  private final Unit unit;
  private final Heartbeat heartbeat;
  private final Simulation simulation;
  private final UniformRandomProvider random;
  private final double warmup;
  private final double interval;
  private final double timeout;
  /** The delay distribution when delays are random; null when every delay is {@link #fixedDelay}. */
  private final Distribution randomDelay;
  private final double fixedDelay;
  private final double window;
  private final double special;
  /** How many members at either end of a run can hold its least or greatest arrival. */
  private final int reach;
  private final double[] head;
  private final Event specialEvent = this::special;
  private final Event beliefEvent = this::recompute;

  private final Listeners listeners = new Listeners();
  private boolean started;
  private boolean unitUp;
  private boolean trusted = true;
  private double upStart;

  private boolean runOpen;
  private long runFirst;
  private long runLength;
  private int headLength;
  private double runStart;
  private long specialIndex;
  private boolean specialPending;
  private long specialHandle;
  private boolean beliefPending;
  private long beliefHandle;

  private final Coverage coverage = new Coverage();

  private double upSince;
  private double upTime;
  private boolean awaitingDetection;
  private double failedAt;
  private boolean falselySuspected;
  private double suspectedAt;
  private int missed;
  private int falseSuspicions;
  private double[] delays = new double[8];
  private int delayCount;
  private double[] lengths = new double[8];
  private int lengthCount;

  /**
   * A monitor of {@code unit}; the caller adds it to the unit ({@code unit.addListener(monitor)}) and
   * calls {@link #start()} once the unit is started.
   *
   * @param random the monitor's own stream
   * @param warmup failures and suspicions before this time are not counted
   */
  public HeartbeatMonitor(Unit unit, Heartbeat heartbeat, Simulation simulation,
      UniformRandomProvider random, double warmup) {
    this.unit = unit;
    this.heartbeat = heartbeat;
    this.simulation = simulation;
    this.random = random;
    this.warmup = warmup;
    this.interval = heartbeat.interval();
    this.timeout = heartbeat.timeout();
    Distribution d = heartbeat.delay();
    boolean fixed = d == null || d instanceof Deterministic;
    this.randomDelay = fixed ? null : d;
    this.fixedDelay = d == null ? 0 : fixed ? d.mean() : Double.NaN;
    this.window = window(heartbeat);
    this.special = specialProbability(heartbeat);
    this.reach = (int) Math.min(Integer.MAX_VALUE - 8,
        (long) Math.ceil((timeout - interval) / interval) + 1);
    this.head = fixed ? new double[0] : new double[reach];
  }

  /**
   * The probability r that a heartbeat is special (lost, or arriving with a delay outside the window
   * in which consecutive heartbeats always overlap): one calendar event per special heartbeat.
   */
  public static double specialProbability(Heartbeat h) {
    return h.loss() + (1 - h.loss()) * (1 - window(h));
  }

  /** The largest w with Q(w) − Q(0) ≤ T − I, found by bisection; 1 for a fixed delay. */
  static double window(Heartbeat h) {
    Distribution d = h.delay();
    if (d == null || d instanceof Deterministic) {
      return 1;
    }
    double c = h.timeout() - h.interval();
    double q0 = d.quantile(0);
    double hi = TOP;
    if (d.quantile(hi) - q0 <= c) {
      return hi;
    }
    double lo = 0;
    for (int i = 0; i < 200 && Math.nextUp(lo) < hi; i++) {
      double mid = lo + (hi - lo) / 2;
      if (d.quantile(mid) - q0 <= c) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The settings this monitor applies. */
  public Heartbeat heartbeat() {
    return heartbeat;
  }

  /** The monitored unit. */
  public Unit unit() {
    return unit;
  }

  /** True while the monitor trusts the unit; false while it suspects it. */
  @Override
  public boolean isUp() {
    return trusted;
  }

  /** Adds a listener told of every change of belief. */
  @Override
  public void addListener(StateListener listener) {
    listeners.add(listener);
  }

  /** Starts monitoring now (time 0), once, after the unit was started: it reads the unit's state. */
  public void start() {
    if (started) {
      throw new IllegalStateException("the monitor of " + unit.name() + " is already started");
    }
    started = true;
    double now = simulation.now();
    unitUp = unit.isUp();
    coverage.add(now, now + timeout, Double.NEGATIVE_INFINITY);
    if (unitUp) {
      upSince = now;
      upStart = now;
      openRun(0);
    }
    recompute();
  }

  @Override
  public void changed(double time, boolean up) {
    if (!started || up == unitUp) {
      return;
    }
    if (up) {
      repaired(time);
    } else {
      failed(time);
    }
  }

  /**
   * What the monitor saw, once the simulation has run to {@code horizon}: a detection or a false
   * suspicion still going on there is censored (neither recorded nor counted as missed).
   */
  public DetectorObservation finish(double horizon) {
    double up = upTime;
    if (started && unitUp) {
      up += Math.max(0, horizon - Math.max(upSince, warmup));
    }
    return new DetectorObservation(Arrays.copyOf(delays, delayCount), missed, falseSuspicions,
        Arrays.copyOf(lengths, lengthCount), up);
  }

  private void failed(double now) {
    unitUp = false;
    upTime += Math.max(0, now - Math.max(upSince, warmup));
    if (falselySuspected) {
      lengths = append(lengths, lengthCount++, now - suspectedAt);
      falselySuspected = false;
    }
    if (specialPending) {
      simulation.cancel(specialHandle);
      specialPending = false;
    }
    if (runOpen) {
      long last = lastSentBefore(now);
      if (runLength != NEVER) {
        last = Math.min(last, runFirst + runLength - 1);
      }
      if (last >= runFirst) {
        closeRun(last);
      }
      runOpen = false;
    }
    coverage.dropSentFrom(now); // a special heartbeat due at the instant of failure was never sent
    if (now >= warmup) {
      if (!trusted) {
        delays = append(delays, delayCount++, 0);
      } else {
        awaitingDetection = true;
        failedAt = now;
      }
    }
    recompute();
  }

  private void repaired(double now) {
    unitUp = true;
    upSince = now;
    if (awaitingDetection) {
      missed++;
      awaitingDetection = false;
    }
    upStart = now;
    openRun(0);
    recompute();
  }

  private double sendTime(long index) {
    return upStart + index * interval;
  }

  /** The last index of the current up period sent strictly before {@code time}; −1 if none. */
  private long lastSentBefore(double time) {
    long k = Math.max(-1, (long) Math.ceil((time - upStart) / interval) - 1);
    while (sendTime(k + 1) < time) {
      k++;
    }
    while (k >= 0 && sendTime(k) >= time) {
      k--;
    }
    return k;
  }

  /** Draws the normals from index {@code first} on, and schedules the special that ends them. */
  private void openRun(long first) {
    long n = normalsBeforeSpecial();
    runOpen = n > 0;
    if (runOpen) {
      runFirst = first;
      runLength = n;
      if (randomDelay == null) {
        runStart = sendTime(first) + fixedDelay;
      } else {
        headLength = (int) Math.min(n, reach);
        runStart = Double.POSITIVE_INFINITY;
        for (int k = 0; k < headLength; k++) {
          head[k] = normalDelay();
          runStart = Math.min(runStart, sendTime(first + k) + head[k]);
        }
      }
    }
    if (n != NEVER) {
      specialIndex = first + n;
      specialHandle = simulation.scheduleAt(sendTime(specialIndex), specialEvent);
      specialPending = true;
    }
  }

  /** Closes the open run at member {@code last} (inclusive) and keeps its coverage. */
  private void closeRun(long last) {
    double start;
    double end;
    if (randomDelay == null) {
      start = runStart;
      end = sendTime(last) + fixedDelay + timeout;
    } else {
      start = Double.POSITIVE_INFINITY;
      for (int k = 0; k < headLength && runFirst + k <= last; k++) {
        start = Math.min(start, sendTime(runFirst + k) + head[k]);
      }
      end = Double.NEGATIVE_INFINITY;
      for (long i = Math.max(runFirst, last - reach + 1); i <= last; i++) {
        long k = i - runFirst;
        double d = k < headLength ? head[(int) k] : normalDelay();
        end = Math.max(end, sendTime(i) + d + timeout);
      }
    }
    coverage.add(start, end, sendTime(last));
    runOpen = false;
  }

  /** The special heartbeat is sent now: it ends the run before it and starts the next one. */
  private void special() {
    specialPending = false;
    long n = specialIndex;
    double sent = sendTime(n);
    if (runOpen) {
      closeRun(n - 1);
    }
    if (window < 1 && random.nextDouble() * special >= heartbeat.loss()) {
      double u = Math.min(window + (1 - window) * random.nextDouble(), Math.nextDown(1.0));
      double arrival = sent + randomDelay.quantile(u);
      coverage.add(arrival, arrival + timeout, sent);
    }
    openRun(n + 1);
    recompute();
  }

  /** The number of normal heartbeats before the next special one: geometric(r), or NEVER. */
  private long normalsBeforeSpecial() {
    if (special <= 0) {
      return NEVER;
    }
    if (special >= 1) {
      return 0;
    }
    double v = 1 - random.nextDouble(); // in (0, 1]
    double n = Math.floor(Math.log(v) / Math.log1p(-special));
    return n >= 0x1p62 ? NEVER : (long) n;
  }

  private double normalDelay() {
    return randomDelay.quantile(window * random.nextDouble());
  }

  /**
   * Brings the belief up to date with the coverage now and schedules the next change of belief: the
   * end of the covered stretch containing now, or the start of the next one.
   */
  private void recompute() {
    double now = simulation.now();
    coverage.dropEndedBy(now);
    boolean any = coverage.firstStretch(runOpen, runStart);
    boolean covered = any && coverage.first() <= now + Coverage.tolerance(now);
    double next = !any ? Double.POSITIVE_INFINITY : covered ? coverage.last() : coverage.first();
    boolean changed = covered != trusted;
    if (changed) {
      believe(covered, now);
    }
    if (beliefPending) {
      simulation.cancel(beliefHandle);
      beliefPending = false;
    }
    if (next != Double.POSITIVE_INFINITY) {
      beliefHandle = simulation.scheduleAt(next, beliefEvent);
      beliefPending = true;
    }
    // Last, when the monitor is consistent: a listener may act on the unit, which calls back here.
    for (int k = 0; changed && k < listeners.size() && trusted == covered; k++) {
      listeners.get(k).changed(now, covered);
    }
  }

  /** The belief changes now: what that means for the figures. */
  private void believe(boolean nowTrusted, double now) {
    trusted = nowTrusted;
    if (!nowTrusted) {
      if (unitUp) {
        if (now >= warmup) {
          falseSuspicions++;
          falselySuspected = true;
          suspectedAt = now;
        }
      } else if (awaitingDetection) {
        delays = append(delays, delayCount++, now - failedAt);
        awaitingDetection = false;
      }
    } else if (falselySuspected) {
      lengths = append(lengths, lengthCount++, now - suspectedAt);
      falselySuspected = false;
    }
  }

  private static double[] append(double[] values, int size, double value) {
    double[] out = size == values.length ? Arrays.copyOf(values, 2 * size) : values;
    out[size] = value;
    return out;
  }
}
