package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.ServerShares;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's overloaded run: weighted round-robin 10:1 on two servers at 180/s × 10 ms. The mean
 * load is 0.9, but server 0 is offered 180·10/11 = 163.6/s against a capacity of 100/s: its queue
 * grows by 63.6/s and never drops (no limit), while server 1 at 16.4/s keeps up. The requests
 * still queued at the horizon are pending, not served.
 */
class TrafficBacklogTest {

  private static final double LAMBDA = 180;
  private static final double MU = 100;
  private static final double HORIZON = 300;

  @Test
  void anOverloadedServerLeavesItsBacklogOutOfTheSuccessRatio() {
    SystemModel system = new SystemModel(List.of(new ComponentGroup("app", 2, null, null)),
        new Structure.Group("app"));
    Traffic traffic = Traffic.poisson(LAMBDA, new Exponential(1 / MU), "app").withBalancer(
        new BalancerSpec("weighted-round-robin", 2, List.of(10.0, 1.0),
            BalancerSpec.DEFAULT_VIRTUAL_NODES));
    Scenario scenario = new Scenario("backlog", "", 19, HORIZON, 0, 10, 0.95, system, traffic,
        List.of(), "test");
    ExperimentResult r = Experiment.run(scenario, 2);

    double[] shares = ServerShares.of(traffic, 2, new RandomStreams(19, 0));
    // Server 0 serves at its capacity μ from the start (its walk with drift 63.6/s seldom comes
    // back to empty), server 1 everything it is sent: (μ + λ/11)/λ of the requests by the horizon,
    // to within the few in flight at server 1 and the first moments of server 0 (under 1e-4).
    double served = MU + shares[1] * LAMBDA;
    Agreement.agrees(r, "traffic", "success-ratio", served / LAMBDA);
    Agreement.agrees(r, "traffic", "throughput", served);
    // The backlog: (λ·10/11 − μ)·T ≈ 19,000 requests per replication.
    double backlog = (shares[0] * LAMBDA - MU) * HORIZON;
    MetricResult pending = r.metric("traffic", "pending");
    assertTrue(pending.low() <= backlog && backlog <= pending.high(), pending::toString);
    assertTrue(pending.high() - pending.low() < 0.05 * backlog, pending::toString);
    // Each server's utilization is its share of the arrivals times λ·E[S], capped at 1.
    double utilization = shares[1] * LAMBDA / MU;
    MetricResult second = r.metric("app[1]", "utilization");
    assertTrue(second.low() <= utilization && utilization <= second.high(), second::toString);
    assertTrue(second.high() - second.low() < 0.04 * utilization, second::toString);
    assertTrue(r.metric("app[0]", "utilization").low() > 0.99,
        r.metric("app[0]", "utilization")::toString);
  }
}
