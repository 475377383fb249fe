package dev.nines.scenarios.experiment;

import static dev.nines.scenarios.experiment.Systems.HOUR;
import static dev.nines.scenarios.experiment.Systems.exponential;
import static dev.nines.scenarios.experiment.Systems.group;
import static dev.nines.scenarios.experiment.Systems.scenario;

import dev.nines.models.ComponentGroup;
import dev.nines.models.distributions.Gamma;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Simulation against the closed forms for independent units (renewal theory, structure function,
 * Birnbaum failure frequency). One fixed seed for all. The intervals are 99.9 %: with some thirty
 * assertions, 95 % intervals would fail a correct model somewhere most of the time (checked over 30
 * seeds: the simulated figures scatter around the formulas with no bias). They must still be
 * narrower than ±1 %, so the horizons are long.
 */
class AnalyticAgreementTest {

  private static final double CONFIDENCE = 0.999;
  private static final long SEED = 2026;

  private static ComponentGroup weibullLognormal(String name, int count) {
    return group(name, count, new Weibull(1.5, 100 * HOUR), new Lognormal(10 * HOUR, 5 * HOUR));
  }

  private static Structure.Group g(String name) {
    return new Structure.Group(name);
  }

  @Test
  void oneExponentialUnit() {
    var result = Experiment.run(
        scenario(SEED, 300, 40, CONFIDENCE, g("server"), exponential("server", 1, 100, 10)), 2);
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.availabilityMtbfMttr(result, "server");
    Agreement.agrees(result, "server", "unit-availability");
    Agreement.agrees(result, "server", "outage-p50");
  }

  @Test
  void weibullLifeLognormalRepair() {
    var result = Experiment.run(
        scenario(SEED, 300, 40, CONFIDENCE, g("server"), weibullLognormal("server", 1)), 2);
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.agrees(result, "system", "outage-p50");
  }

  @Test
  void series() {
    var result = Experiment.run(scenario(SEED, 300, 40, CONFIDENCE,
        new Structure.Series(List.of(g("web"), g("db"))),
        exponential("web", 2, 100, 10), weibullLognormal("db", 1)), 2);
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.availabilityMtbfMttr(result, "web");
  }

  /**
   * MTTF has one observation per replication (the first failure), so it takes many short
   * replications; its interval is held to ±5 % rather than ±1 %. The horizon is 20 mean lives, so a
   * replication without a failure (left out of the mean) has probability e^-20.
   */
  @Test
  void meanTimeToFirstFailureOfExponentialSeries() {
    var result = Experiment.run(scenario(SEED, 2000 * HOUR / Systems.YEAR, 6000, CONFIDENCE,
        new Structure.Series(List.of(g("web"), g("db"))),
        exponential("web", 2, 100, 10), exponential("db", 1, 200, 10)), 2);
    MetricResult mttf = result.metric("system", "mttf");
    org.junit.jupiter.api.Assertions.assertEquals(6000, mttf.n());
    org.junit.jupiter.api.Assertions.assertTrue(mttf.analyticInInterval(), mttf::toString);
    org.junit.jupiter.api.Assertions.assertTrue((mttf.high() - mttf.low()) / 2 / mttf.mean() < 0.05,
        mttf::toString);
  }

  @Test
  void parallel() {
    var result = Experiment.run(scenario(SEED, 2500, 40, CONFIDENCE,
        new Structure.Parallel(List.of(g("a"), g("b"))),
        exponential("a", 1, 100, 10), weibullLognormal("b", 1)), 2);
    Agreement.availabilityMtbfMttr(result, "system");
  }

  @Test
  void twoOfThree() {
    var result = Experiment.run(scenario(SEED, 1500, 40, CONFIDENCE,
        new Structure.AtLeastOfGroup(2, "replica"), exponential("replica", 3, 100, 10)), 2);
    Agreement.availabilityMtbfMttr(result, "system");
  }

  @Test
  void nestedStructure() {
    // series( parallel(lb1, lb2), 3-of-4 app, 2-of-[cacheA, cacheB, cacheC], db )
    var structure = new Structure.Series(List.of(
        new Structure.Parallel(List.of(g("lb1"), g("lb2"))),
        new Structure.AtLeastOfGroup(3, "app"),
        new Structure.AtLeast(2, List.of(g("cacheA"), g("cacheB"), g("cacheC"))),
        g("db")));
    var result = Experiment.run(scenario(SEED, 600, 40, CONFIDENCE, structure,
        exponential("lb1", 1, 200, 20), exponential("lb2", 1, 200, 20),
        weibullLognormal("app", 4),
        exponential("cacheA", 1, 100, 10), exponential("cacheB", 1, 100, 10),
        group("cacheC", 1, new Gamma(2, 100 * HOUR), new Uniform(5 * HOUR, 15 * HOUR)),
        group("db", 1, new Gamma(3, 2000 * HOUR), new Lognormal(10 * HOUR, 2 * HOUR))), 2);
    Agreement.availabilityMtbfMttr(result, "system");
    Agreement.availabilityMtbfMttr(result, "app");
  }
}
