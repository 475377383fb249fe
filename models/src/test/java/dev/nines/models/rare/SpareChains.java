package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import java.util.List;

/**
 * Standbys whose spares age at a pace d, with exponential lives, one repairer and instant
 * switchovers, and their exact chains worked out by hand from the engine's rules (DESIGN.md §3):
 * the rare-event tests' exact values ({@link WarmStandbyRareTest}, {@link CoverageTest}).
 */
final class SpareChains {

  private SpareChains() {}

  /** The mode that goes with a dormancy: cold at 0, hot at 1, warm in between. */
  static StandbyMode mode(double dormancy) {
    return dormancy == 0 ? StandbyMode.COLD : dormancy == 1 ? StandbyMode.HOT : StandbyMode.WARM;
  }

  /**
   * A pair with a spare at pace d: units a (active at the start) and b with their own exponential
   * lives (rates λa, λb at pace 1) and repairs (μa, μb), one repairer in FIFO order, instant
   * switchovers, no detector.
   */
  static SystemModel pairModel(double dormancy, double lifeA, double repairA, double lifeB,
      double repairB) {
    Structure.Standby s = new Structure.Standby("pair", "a", List.of("b"), mode(dormancy),
        dormancy, null, null, 0);
    return new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(lifeA), new Exponential(repairA), null, "tech"),
        new ComponentGroup("b", 1, new Exponential(lifeB), new Exponential(repairB), null,
            "tech")),
        List.of(new Crew("tech", 1)), s);
  }

  /**
   * The pair's exact chain, by the engine's rules, states by (units down, who is active, who is
   * in repair): 0 both up, a active; 1 both up, b active; 2 a in repair, b active; 3 b in repair,
   * a active; 4 a in repair, b waiting; 5 b in repair, a waiting (4 and 5 down). The active unit
   * fails at its λ and a spare takes over at once; a spare fails at d·λ and changes nothing; a
   * repaired unit is a spare if the other is active, and takes over if both were down. Rates:
   * 0→2 λa, 0→3 d·λb, 1→3 λb, 1→2 d·λa, 2→1 μa, 2→4 λb, 3→0 μb, 3→5 λa, 4→3 μa, 5→2 μb. Solved by
   * GTH (no subtraction, so the 10⁻⁹ probabilities keep their relative precision). Returns
   * {U, f}, f the flow into the down states, π₂λb + π₃λa, per second.
   */
  static double[] pair(double dormancy, double lifeA, double repairA, double lifeB,
      double repairB) {
    double la = 1 / lifeA;
    double lb = 1 / lifeB;
    double ma = 1 / repairA;
    double mb = 1 / repairB;
    double[][] q = new double[6][6];
    q[0][2] = la;
    q[0][3] = dormancy * lb;
    q[1][3] = lb;
    q[1][2] = dormancy * la;
    q[2][1] = ma;
    q[2][4] = lb;
    q[3][0] = mb;
    q[3][5] = la;
    q[4][3] = ma;
    q[5][2] = mb;
    double[] pi = gth(q);
    return new double[] {pi[4] + pi[5], pi[2] * lb + pi[3] * la};
  }

  /** The stationary distribution of an irreducible chain with off-diagonal rates q (GTH). */
  static double[] gth(double[][] rates) {
    int n = rates.length;
    double[][] q = new double[n][];
    for (int i = 0; i < n; i++) {
      q[i] = rates[i].clone();
      q[i][i] = 0;
    }
    for (int k = n - 1; k > 0; k--) {
      double out = 0;
      for (int j = 0; j < k; j++) {
        out += q[k][j];
      }
      for (int i = 0; i < k; i++) {
        double via = q[i][k] / out;
        if (via != 0) {
          for (int j = 0; j < k; j++) {
            if (j != i) {
              q[i][j] += via * q[k][j];
            }
          }
        }
      }
    }
    double[] pi = new double[n];
    pi[0] = 1;
    double sum = 1;
    for (int k = 1; k < n; k++) {
      double in = 0;
      double out = 0;
      for (int i = 0; i < k; i++) {
        in += pi[i] * q[i][k];
        out += q[k][i];
      }
      pi[k] = in / out;
      sum += pi[k];
    }
    for (int k = 0; k < n; k++) {
      pi[k] /= sum;
    }
    return pi;
  }

  /**
   * A trio (an active unit and two spares at pace d) of identical units, exponential lives
   * (λ, 4,000 h) and repairs (μ, 4 h), one repairer, instant switchovers. With k down, the one
   * active unit and the 2 − k spares left fail at λ(1 + (2 − k)d), whichever fails (a spare that
   * fails changes nothing; the active one's failure hands its role on), and the repairer brings
   * one back at μ: a birth–death chain, π_{k+1} = π_k·λ(1 + (2 − k)d)/μ. U = π₃, f = π₂·λ.
   */
  static double[] trio(double dormancy, double life, double repair) {
    double[] pi = new double[4];
    pi[0] = 1;
    double sum = 1;
    for (int k = 0; k < 3; k++) {
      pi[k + 1] = pi[k] * (1 + (2 - k) * dormancy) * repair / life;
      sum += pi[k + 1];
    }
    return new double[] {pi[3] / sum, pi[2] / sum / life};
  }

  /** The trio of {@link #trio}: group a (active at the start) and two units of group b. */
  static SystemModel trioModel(double dormancy, double life, double repair) {
    Structure.Standby s = new Structure.Standby("trio", "a", List.of("b"), mode(dormancy),
        dormancy, null, null, 0);
    return new SystemModel(List.of(
        new ComponentGroup("a", 1, new Exponential(life), new Exponential(repair), null, "tech"),
        new ComponentGroup("b", 2, new Exponential(life), new Exponential(repair), null, "tech")),
        List.of(new Crew("tech", 1)), s);
  }
}
