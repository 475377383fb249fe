package dev.nines.models.traffic;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.units.Unit;
import dev.nines.simulator.Simulation;
import dev.nines.simulator.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.DoubleHistogram;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;

/**
 * Requests through a balancer to the servers of a system (DESIGN.md §3 Traffic), on the clock of an
 * {@link AvailabilitySimulation} whose units are the servers: they fail and recover by their
 * group's model and by scripted faults, while requests arrive, queue, time out and are retried.
 *
 * <p>A request arrives, draws its work and its key, and the balancer picks one of the eligible
 * servers: those its health detector trusts (without one, those that are up). The server serves it,
 * queues it, or drops it when full; a server that fails loses what it holds; a server that is down
 * never answers. An attempt that is dropped, lost or timed out is tried again on another server while
 * retries remain (at once, no back-off); a request with no eligible server is lost. Requests are
 * also counted by the bucket of their arrival time; the buckets cut the window up to the horizon of
 * the system's {@link AvailabilitySimulation#run}, within which the traffic runs: no request arrives
 * after the horizon, so a run followed past it ({@link AvailabilitySimulation#followUp}) costs only
 * the failures, repairs and detectors' events.
 *
 * <p>Streams: {@code traffic/arrivals}, {@code traffic/service} (one draw per request, in arrival
 * order, so every balancer sees the same work), {@code traffic/keys} and {@code traffic/balancer}.
 */
public final class TrafficSimulation implements Server.Outcomes {

  /** The stream the balancer draws from (a consistent-hash ring its layout, once). */
  static final String BALANCER_STREAM = "traffic/balancer";

  private final AvailabilitySimulation system;
  private final Simulation simulation;
  private final Traffic traffic;
  private final double warmup;
  private final Server[] servers;
  private final ServerPool pool;
  private final Balancer balancer;
  private final ArrivalClock clock;
  private final ContinuousSampler service;
  private final KeySampler keys;

  private final DoubleHistogram histogram = new DoubleHistogram(TrafficObservation.DIGITS);
  private double responseTotal;
  private final List<Double> keysMoved = new ArrayList<>();
  /** Requests that arrived in the observed window: settled by the horizon or pending there. */
  private long arrivals;
  /** Of those, the ones settled (served, dropped, timed out or lost) by the horizon. */
  private long requests;
  private long served;
  /** Requests answered in the observed window, whenever they arrived: the throughput's count. */
  private long completions;
  private long dropped;
  private long timedOut;
  private long lost;
  private long retries;
  /** Counts by arrival bucket, made at the first request counted, once the horizon is known. */
  private double bucketWidth = Double.NaN;
  private long[] requestsByBucket;
  private long[] servedByBucket;

  /**
   * Sets the traffic up on a system simulation before its run: servers on the units of
   * {@code traffic.servers()}, the first arrival scheduled.
   *
   * @throws IllegalArgumentException when the health detector does not watch the servers
   */
  public TrafficSimulation(AvailabilitySimulation system, Traffic traffic, RandomStreams streams,
      double warmup) {
    this.system = system;
    this.simulation = system.simulation();
    this.traffic = traffic;
    this.warmup = warmup;
    List<Unit> units = system.units(traffic.servers());
    int queue = traffic.queue();
    this.servers = new Server[units.size()];
    for (int i = 0; i < servers.length; i++) {
      servers[i] = new Server(i, traffic.workers(), queue, simulation, warmup, this);
    }
    this.pool = new ServerPool(servers);
    this.balancer = Balancers.create(traffic.balancer(), servers.length,
        streams.stream(BALANCER_STREAM));
    for (int i = 0; i < servers.length; i++) {
      int index = i;
      Unit unit = units.get(i);
      // The pool hears first, so that requests lost by a failing server are not sent back to it.
      if (traffic.health() == null) {
        unit.addListener((t, up) -> eligible(index, up));
      } else {
        system.monitor(traffic.health(), unit.name()).addListener((t, up) -> eligible(index, up));
      }
      unit.addListener((t, up) -> servers[index].unitChanged(up));
    }
    this.clock = new ArrivalClock(traffic.arrivals(), streams.stream("traffic/arrivals"));
    this.service = traffic.service().sampler(streams.stream("traffic/service"));
    this.keys = balancer.usesKeys() ? new KeySampler(traffic.keys(), streams.stream("traffic/keys"))
        : null;
    scheduleArrival();
  }

  private void scheduleArrival() {
    double next = clock.next(simulation.now());
    // None after the horizon: a run followed past it (to its first failure) serves no requests.
    if (next != Double.POSITIVE_INFINITY && !(next > system.horizon())) {
      simulation.scheduleAt(next, this::arrive);
    }
  }

  private void arrive() {
    scheduleArrival();
    double now = simulation.now();
    Request request = new Request(now, service.sample(), keys == null ? 0 : keys.next());
    if (now >= warmup) {
      // Counted by arrival: one still queued or in service at the horizon counts as not served.
      arrivals++;
      bucket(now); // makes the buckets on first use
    }
    dispatch(request);
  }

  private void dispatch(Request request) {
    request.attempts++;
    if (request.lastServer >= 0 && pool.eligibleCount() > 1) {
      pool.exclude(request.lastServer);
    }
    int server = balancer.choose(request.key, pool);
    pool.exclude(-1);
    if (server < 0) {
      settle(request, Outcome.LOST);
      return;
    }
    request.lastServer = server;
    Attempt attempt = new Attempt(request, server);
    if (traffic.hasTimeout()) {
      attempt.timeoutHandle = simulation.schedule(traffic.timeout(), () -> timeout(attempt));
    }
    servers[server].offer(attempt, traffic.hasTimeout());
  }

  @Override
  public void ended(Attempt attempt, Outcome outcome) {
    if (!attempt.live) {
      return; // its client gave up long ago
    }
    attempt.live = false;
    if (attempt.timeoutHandle != Attempt.NONE) {
      simulation.cancel(attempt.timeoutHandle);
      attempt.timeoutHandle = Attempt.NONE;
    }
    finished(attempt.request, outcome);
  }

  private void timeout(Attempt attempt) {
    attempt.timeoutHandle = Attempt.NONE;
    if (attempt.live) {
      attempt.live = false;
      finished(attempt.request, Outcome.TIMED_OUT);
    }
  }

  /** An attempt ended: a success settles the request; a failure is retried while retries remain. */
  private void finished(Request request, Outcome outcome) {
    if (outcome != Outcome.SUCCESS && request.attempts <= traffic.retries()) {
      if (request.arrival >= warmup) {
        retries++;
      }
      dispatch(request);
    } else {
      settle(request, outcome);
    }
  }

  private void settle(Request request, Outcome outcome) {
    if (outcome == Outcome.SUCCESS && simulation.now() >= warmup) {
      completions++;
    }
    if (request.arrival < warmup) {
      return;
    }
    requests++;
    int bucket = bucket(request.arrival);
    requestsByBucket[bucket]++;
    if (outcome == Outcome.SUCCESS) {
      served++;
      servedByBucket[bucket]++;
      double time = simulation.now() - request.arrival;
      responseTotal += time;
      histogram.recordValue(time);
    } else if (outcome == Outcome.DROPPED) {
      dropped++;
    } else if (outcome == Outcome.TIMED_OUT) {
      timedOut++;
    } else {
      lost++;
    }
  }

  /** The bucket of an arrival time in the observed window, the buckets made on first use. */
  private int bucket(double arrival) {
    if (requestsByBucket == null) {
      double horizon = system.horizon();
      if (Double.isNaN(horizon)) {
        throw new IllegalStateException("traffic runs within AvailabilitySimulation.run");
      }
      makeBuckets(horizon);
    }
    int b = (int) ((arrival - warmup) / bucketWidth); // 0 for NaN, when the window is empty
    return Math.max(0, Math.min(TrafficObservation.BUCKETS - 1, b));
  }

  private void makeBuckets(double horizon) {
    bucketWidth = (horizon - warmup) / TrafficObservation.BUCKETS;
    requestsByBucket = new long[TrafficObservation.BUCKETS];
    servedByBucket = new long[TrafficObservation.BUCKETS];
  }

  /** Server i became eligible or not; for hash balancers, measure the keys that move when it goes. */
  private void eligible(int i, boolean isEligible) {
    boolean leaving = !isEligible && pool.isEligible(i);
    if (leaving && balancer.usesKeys() && simulation.now() >= warmup) {
      ServerPool before = pool.snapshot();
      pool.set(i, false);
      keysMoved.add(KeyMoves.share(balancer, traffic.keys().count(), before, pool.snapshot()));
    } else {
      pool.set(i, isEligible);
    }
  }

  /** What the traffic saw, after the run to {@code horizon}. */
  public TrafficObservation finish(double horizon) {
    if (requestsByBucket == null) {
      makeBuckets(horizon);
    } else if (bucketWidth != (horizon - warmup) / TrafficObservation.BUCKETS) {
      throw new IllegalArgumentException("finish at the horizon of the run, "
          + system.horizon() + ", not " + horizon);
    }
    double[] percentiles = new double[TrafficObservation.PERCENTILE_LEVELS.length];
    for (int p = 0; p < percentiles.length; p++) {
      percentiles[p] = TrafficObservation.quantile(histogram,
          TrafficObservation.PERCENTILE_LEVELS[p]);
    }
    double[] quantiles = new double[TrafficObservation.QUANTILE_LEVELS.length];
    for (int q = 0; q < quantiles.length; q++) {
      quantiles[q] = TrafficObservation.quantile(histogram, TrafficObservation.QUANTILE_LEVELS[q]);
    }
    double[] utilization = new double[servers.length];
    double[] queueLength = new double[servers.length];
    double inSystem = 0;
    for (int i = 0; i < servers.length; i++) {
      utilization[i] = servers[i].utilization(horizon);
      queueLength[i] = servers[i].queueLength(horizon);
      inSystem += servers[i].inSystem(horizon);
    }
    return new TrafficObservation(requests, served, completions, dropped, timedOut, lost,
        arrivals - requests, retries,
        horizon - warmup, responseTotal, TrafficObservation.encode(histogram), percentiles,
        utilization, queueLength, inSystem, keysMoved.stream().mapToDouble(Double::doubleValue).toArray(),
        quantiles, bucketWidth, requestsByBucket.clone(), servedByBucket.clone());
  }

  /** Draws request keys: uniform, or Zipf by popularity. */
  private static final class KeySampler {
    private final UniformRandomProvider random;
    private final DiscreteSampler zipf;
    private final int count;

    KeySampler(Keys keys, UniformRandomProvider random) {
      this.random = random;
      this.count = keys.count();
      this.zipf = keys.zipf() > 0
          ? RejectionInversionZipfSampler.of(random, keys.count(), keys.zipf()) : null;
    }

    long next() {
      return zipf == null ? (long) random.nextInt(count) : (long) (zipf.sample() - 1);
    }
  }
}
