package dev.nines.models.traffic;

import dev.nines.models.distributions.Distribution;
import java.util.Objects;

/**
 * The request-level part of a scenario (DESIGN.md §3): requests arrive by {@code arrivals}, each
 * needs a service time from {@code service}, and the balancer sends it to one unit of the group
 * {@code servers}. Each server runs {@code workers} requests at once and holds at most
 * {@code queue} more waiting (an arrival beyond that is dropped). A request not answered within
 * {@code timeout} seconds times out; a dropped, lost or timed-out request is tried again on another
 * server up to {@code retries} times. The balancer sends only to servers its {@code health} detector
 * trusts (null: it knows at once which servers are up).
 *
 * @param queue places for waiting requests per server; {@link #UNBOUNDED} for no limit
 * @param timeout seconds; {@link Double#POSITIVE_INFINITY} for none
 */
public record Traffic(
    Arrivals arrivals,
    Distribution service,
    String servers,
    int workers,
    int queue,
    BalancerSpec balancer,
    String health,
    double timeout,
    int retries,
    Keys keys) {

  public static final int UNBOUNDED = Integer.MAX_VALUE;

  public Traffic {
    Objects.requireNonNull(arrivals, "arrivals");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(servers, "servers");
    Objects.requireNonNull(balancer, "balancer");
    Objects.requireNonNull(keys, "keys");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    if (queue < 0) {
      throw new IllegalArgumentException("queue must be non-negative, got " + queue);
    }
    if (!(timeout > 0)) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be non-negative, got " + retries);
    }
  }

  /** Traffic at a constant Poisson rate, one worker, no queue limit, round-robin, no timeout. */
  public static Traffic poisson(double rate, Distribution service, String servers) {
    return new Traffic(new Arrivals.Poisson(rate), service, servers, 1, UNBOUNDED,
        BalancerSpec.named("round-robin"), null, Double.POSITIVE_INFINITY, 0, Keys.DEFAULT);
  }

  public boolean hasTimeout() {
    return timeout != Double.POSITIVE_INFINITY;
  }

  public boolean queueBounded() {
    return queue != UNBOUNDED;
  }

  public Traffic withBalancer(BalancerSpec b) {
    return new Traffic(arrivals, service, servers, workers, queue, b, health, timeout, retries, keys);
  }

  public Traffic withWorkers(int w) {
    return new Traffic(arrivals, service, servers, w, queue, balancer, health, timeout, retries, keys);
  }

  public Traffic withQueue(int q) {
    return new Traffic(arrivals, service, servers, workers, q, balancer, health, timeout, retries, keys);
  }

  public Traffic withTimeout(double t) {
    return new Traffic(arrivals, service, servers, workers, queue, balancer, health, t, retries, keys);
  }

  public Traffic withRetries(int r) {
    return new Traffic(arrivals, service, servers, workers, queue, balancer, health, timeout, r, keys);
  }

  public Traffic withHealth(String h) {
    return new Traffic(arrivals, service, servers, workers, queue, balancer, h, timeout, retries, keys);
  }

  public Traffic withKeys(Keys k) {
    return new Traffic(arrivals, service, servers, workers, queue, balancer, health, timeout, retries, k);
  }

  public Traffic withArrivals(Arrivals a) {
    return new Traffic(a, service, servers, workers, queue, balancer, health, timeout, retries, keys);
  }

  /**
   * The offered load ρ = λ E[S] / (n c) of this traffic on {@code n} servers: the share of worker
   * time the requests need, on average.
   */
  public double load(int n) {
    return arrivals.meanRate() * service.mean() / ((double) n * workers);
  }

  /** This traffic with its arrival rates scaled so that the offered load on n servers is ρ. */
  public Traffic atLoad(double rho, int n) {
    if (!(rho > 0) || Double.isInfinite(rho)) {
      throw new IllegalArgumentException("load must be positive, got " + rho);
    }
    return withArrivals(arrivals.scaled(rho / load(n)));
  }
}
