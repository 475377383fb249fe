package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forced failures steered to the units closest to a cut ({@link Biasing#closest}), on a series of
 * three redundant parts: a balancer pair (one of two), 3 of 6 app servers and a database pair,
 * lives of 100,000 h, repairs of 4 h, each unit repaired on its own. Once a balancer is down, the
 * system is one failure from down, but five of the nine units that can fail (the app servers and
 * the databases) leave it as far as before.
 *
 * <p>Exact by the structure function, the units independent: U = 1 − (1 − u²)²·P(Bin(6, 1 − u)
 * ≥ 3), u = 4/100,004 each unit's unavailability: about 3.2e-9, almost all of it from the pairs.
 */
class ClosestCutTest {

  private static final double HOUR = 3600;
  private static final double YEAR = 8760 * HOUR;

  private static SystemModel tier() {
    Exponential life = new Exponential(100_000 * HOUR);
    Exponential repair = new Exponential(4 * HOUR);
    return new SystemModel(List.of(
        new ComponentGroup("balancer", 2, life, repair, null, null),
        new ComponentGroup("app", 6, life, repair, null, null),
        new ComponentGroup("database", 2, life, repair, null, null)), List.of(),
        new Structure.Series(List.of(new Structure.AtLeastOfGroup(1, "balancer"),
            new Structure.AtLeastOfGroup(3, "app"), new Structure.AtLeastOfGroup(1, "database"))));
  }

  static double exact() {
    double u = 4.0 / 100_004;
    double a = 1 - u;
    double app = 0;
    for (int k = 3; k <= 6; k++) {
      app += binomial(6, k) * Math.pow(a, k) * Math.pow(u, 6 - k);
    }
    return 1 - (1 - u * u) * (1 - u * u) * app;
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  private static ConfidenceInterval run(Biasing biasing, int replications) {
    ImportanceSampling is = ImportanceSampling.of(tier(), StartPlan.NEW, biasing, 1);
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      list.add(is.replicate(11, r, 200 * YEAR, 0));
    }
    return RareFigures.of(list, 0.95).unavailability();
  }

  /**
   * The same 60 replications with the default (0.8 of the choice to the closest units) and with
   * the mixture alone: both hold the exact value, the steered one to ±5 %, and the mixture's
   * interval is more than twice as wide (3.6 times on these seeds).
   */
  @Test
  void holdsTheExactValueAndNarrowsTheInterval() {
    double exact = exact();
    assertTrue(exact > 3.1e-9 && exact < 3.3e-9, "about 3.2e-9: " + exact);
    ConfidenceInterval steered = run(Biasing.DEFAULT, 60);
    ConfidenceInterval mixture = run(Biasing.DEFAULT.withClosest(0), 60);
    for (ConfidenceInterval ci : List.of(steered, mixture)) {
      assertTrue(ci.low() <= exact && exact <= ci.high(), exact + " outside " + ci);
    }
    double steeredWidth = (steered.high() - steered.low()) / steered.mean();
    double mixtureWidth = (mixture.high() - mixture.low()) / mixture.mean();
    assertTrue(steeredWidth < 0.1, "within ±5 %: " + steered);
    assertTrue(mixtureWidth > 2 * steeredWidth, "steering narrows the interval: " + steered
        + " against " + mixture);
  }
}
