package dev.nines.models.ctmc;

/**
 * Long-run frequencies of transitions. In steady state the chain crosses from a set of states to
 * its complement as often as back, at the rate sum over i in the set, j outside it of
 * pi[i] Q[i][j]; with the set being the up states, that is the system's failure frequency f, and
 * then MTBF = P(up) / f and MTTR = P(down) / f (mean up and down periods, by renewal-reward).
 */
public final class Flows {

  private Flows() {
  }

  /**
   * The steady-state frequency (per second) of transitions from a state in {@code from} to a state
   * not in it; {@code pi} is the stationary distribution, e.g. from {@link SteadyState#solve}.
   */
  public static double frequencyLeaving(Ctmc chain, double[] pi, boolean[] from) {
    Distributions.checkDistribution(chain, pi, "pi");
    Distributions.checkMask(chain, from, "from");
    double f = 0;
    for (int i = 0; i < chain.size(); i++) {
      if (!from[i] || pi[i] == 0) {
        continue;
      }
      double out = 0;
      for (int k = chain.rowStart[i]; k < chain.rowStart[i + 1]; k++) {
        if (!from[chain.rowTo[k]]) {
          out += chain.rowRate[k];
        }
      }
      f += pi[i] * out;
    }
    return f;
  }
}
