package dev.nines.models.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.MarkovChain;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.CtmcException;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.distributions.Exponential;
import java.util.List;

/**
 * The renewal twin of a Markov group, for the structure function's estimate of the expected
 * system failures ({@link ImportanceSampling#expectedFailures}): exponential lives of mean A/f and
 * repairs of mean U/f, A and U the chain's stationary shares of up and down states and f its
 * stationary rate of moves from an up to a down state. The twin has the unit's own A and f, and
 * Markov units never wait for a crew, so Σ Birnbaum importance × f over the twins is the system's
 * failure frequency exactly, as for renewal units repaired independently.
 */
final class MarkovTwin {

  private MarkovTwin() {}

  /** The group itself when it is not Markov; its renewal twin otherwise, or null (no failure). */
  static ComponentGroup of(ComponentGroup g) {
    if (!g.isMarkov()) {
      return g;
    }
    MarkovChain chain = g.markov();
    List<String> names = chain.stateNames();
    double[] pi;
    if (names.size() == 1) {
      pi = new double[] {1};
    } else {
      Ctmc.Builder builder = Ctmc.builder(names.size());
      for (MarkovChain.Transition t : chain.transitions()) {
        builder.rate(names.indexOf(t.from()), names.indexOf(t.to()), t.rate());
      }
      try {
        pi = SteadyState.solve(builder.build());
      } catch (CtmcException e) {
        return null;
      }
    }
    double up = 0;
    double down = 0;
    double f = 0;
    for (int s = 0; s < names.size(); s++) {
      if (chain.isUp(names.get(s))) {
        up += pi[s];
      } else {
        down += pi[s];
      }
    }
    for (MarkovChain.Transition t : chain.transitions()) {
      if (chain.isUp(t.from()) && !chain.isUp(t.to())) {
        f += pi[names.indexOf(t.from())] * t.rate();
      }
    }
    if (!(f > 0 && down > 0)) {
      return null;
    }
    return new ComponentGroup(g.name(), g.count(), new Exponential(up / f),
        new Exponential(down / f));
  }
}
