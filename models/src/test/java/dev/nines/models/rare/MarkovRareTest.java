package dev.nines.models.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.rare.RareRuns.Replicate;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Markov-chain groups under the rare-event methods: the main trajectory is the engine's, move for
 * move, and importance sampling (degradations and failures forced as failing moves) and splitting
 * (levels counted in failing moves) hold the exact value of the product chain, built here by hand
 * and solved with Commons Math, at eight to ten nines.
 */
class MarkovRareTest {

  static final double HOUR = 3600;
  static final double YEAR = 8760 * HOUR;

  /** A rate of once per {@code hours}, per second. */
  static double per(double hours) {
    return 1 / (hours * HOUR);
  }

  /**
   * A unit that wears: up → degraded (mean a hours), degraded → down (b), degraded → up again
   * (c, a degradation noticed and fixed), down → up (r).
   */
  static MarkovChain wearing(String initial, double a, double b, double c, double r) {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("up", true);
    states.put("degraded", true);
    states.put("down", false);
    return new MarkovChain(initial, states, List.of(
        new MarkovChain.Transition("up", "degraded", per(a)),
        new MarkovChain.Transition("degraded", "down", per(b)),
        new MarkovChain.Transition("degraded", "up", per(c)),
        new MarkovChain.Transition("down", "up", per(r))));
  }

  static ComponentGroup markov(String name, int count, MarkovChain chain) {
    return new ComponentGroup(name, count, null, null, chain, null);
  }

  /**
   * Markov groups among renewal groups, moves often (hours): a Markov pair with two down states
   * (one reached directly from up) in parallel, in series with a 2-of-3 sharing one technician,
   * started new and stationary; and a 2-of-3 over parts whose Markov unit starts down, beside a
   * wear-out unit and an exponential one. The main trajectory draws the engine's streams
   * ({@code g[i]/markov}: the holding time, then the target) in the engine's order: its down time
   * and failures are the engine's, to the last bit.
   */
  @Test
  void mainTrajectoryIsTheEngine() {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("up", true);
    states.put("degraded", true);
    states.put("down", false);
    states.put("dead", false);
    MarkovChain twoWays = new MarkovChain("up", states, List.of(
        new MarkovChain.Transition("up", "degraded", per(50)),
        new MarkovChain.Transition("up", "dead", per(400)),
        new MarkovChain.Transition("degraded", "down", per(20)),
        new MarkovChain.Transition("degraded", "up", per(10)),
        new MarkovChain.Transition("degraded", "dead", per(200)),
        new MarkovChain.Transition("down", "up", per(5)),
        new MarkovChain.Transition("dead", "up", per(30))));
    SystemModel series = new SystemModel(List.of(
        markov("m", 2, twoWays),
        new ComponentGroup("web", 3, new Exponential(80 * HOUR), new Exponential(4 * HOUR), null,
            "tech")),
        List.of(new Crew("tech", 1)),
        new Structure.Series(List.of(new Structure.AtLeastOfGroup(1, "m"),
            new Structure.AtLeastOfGroup(2, "web"))));
    SystemModel parts = new SystemModel(List.of(
        markov("s", 1, wearing("down", 30, 10, 20, 6)),
        new ComponentGroup("w", 1, new Weibull(2, 60 * HOUR), new Lognormal(5 * HOUR, 2 * HOUR)),
        new ComponentGroup("e", 1, new Exponential(40 * HOUR), new Exponential(3 * HOUR))),
        new Structure.AtLeast(2, List.of(new Structure.Group("s"), new Structure.Group("w"),
            new Structure.Group("e"))));
    List<StartPlan> plans = List.of(StartPlan.of(series, Start.NEW),
        StartPlan.of(series, Start.STATIONARY), StartPlan.of(parts, Start.NEW));
    List<SystemModel> models = List.of(series, series, parts);
    for (int i = 0; i < models.size(); i++) {
      SystemModel model = models.get(i);
      StartPlan plan = plans.get(i);
      assertNull(ImportanceSampling.supports(model));
      ImportanceSampling is = ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1);
      for (int r = 0; r < 3; r++) {
        WeightedReplication mine = is.replicate(5, r, 20_000 * HOUR, 100 * HOUR);
        ScopeObservation engine = new AvailabilitySimulation(model, new RandomStreams(5, r),
            100 * HOUR, plan).run(20_000 * HOUR).get(0);
        String what = model.structure() + " " + plan.start() + " " + r;
        assertEquals(engine.downTime(), mine.plainDownTime(), what);
        assertEquals(engine.failures(), mine.plainFailures(), what);
        assertTrue(engine.failures() > 50, "failures " + engine.failures());
      }
    }
  }

  /**
   * A unit that climbs a ladder of {@code k} degraded states towards down: up → d1 (mean a hours),
   * d_i → d_{i+1} and d_k → down (step), every d_i → up (fix), down → up (repair).
   */
  static MarkovChain ladder(int k, double a, double step, double fix, double repair) {
    Map<String, Boolean> states = new LinkedHashMap<>();
    List<MarkovChain.Transition> moves = new ArrayList<>();
    states.put("up", true);
    String last = "up";
    for (int i = 1; i <= k; i++) {
      states.put("d" + i, true);
      moves.add(new MarkovChain.Transition(last, "d" + i, per(i == 1 ? a : step)));
      moves.add(new MarkovChain.Transition("d" + i, "up", per(fix)));
      last = "d" + i;
    }
    states.put("down", false);
    moves.add(new MarkovChain.Transition(last, "down", per(step)));
    moves.add(new MarkovChain.Transition("down", "up", per(repair)));
    return new MarkovChain("up", states, moves);
  }

  /**
   * The law's split of a chain: distances to down by the fewest moves, failing moves those that
   * come closer (up → degraded included), the rest other moves; fresh states are the farthest up
   * states a unit returns to, so a "new" state left for good does not count.
   */
  @Test
  void lawSplitsExitsByDistanceToDown() {
    Map<String, Boolean> states = new LinkedHashMap<>();
    states.put("new", true);
    states.put("up", true);
    states.put("degraded", true);
    states.put("down", false);
    MarkovLaw law = new MarkovLaw(new MarkovChain("new", states, List.of(
        new MarkovChain.Transition("new", "up", 1),
        new MarkovChain.Transition("new", "degraded", 2),
        new MarkovChain.Transition("up", "degraded", 3),
        new MarkovChain.Transition("up", "down", 4),
        new MarkovChain.Transition("degraded", "up", 5),
        new MarkovChain.Transition("degraded", "down", 6),
        new MarkovChain.Transition("down", "up", 7))));
    assertEquals(List.of(2, 1, 1, 0), java.util.Arrays.stream(law.distance).boxed().toList());
    assertEquals(3, law.failingRate[0]); // new -> up and new -> degraded both come closer
    assertEquals(0, law.otherRate[0]);
    assertEquals(4, law.failingRate[1]); // up -> down; up -> degraded keeps the distance
    assertEquals(3, law.otherRate[1]);
    assertEquals(6, law.failingRate[2]);
    assertEquals(5, law.otherRate[2]);
    assertEquals(0, law.failingRate[3]);
    assertEquals(1, law.fresh);
    assertTrue(law.isFresh(1) && law.isFresh(2) && !law.isFresh(3));
    // The engine's pick: u·λ against the cumulative rates in the order written (3, then 3 + 4).
    assertEquals(2, law.pick(1, 2.9 / 7));
    assertEquals(3, law.pick(1, 3.1 / 7));
  }

  /**
   * Three wearing units (degraded after 100,000 h on average, down from there after 100 h unless
   * fixed within 10 h, repaired in 8 h) in a 2-of-3: U ≈ 1.6e-10, ten nines. Importance sampling,
   * 40 replications of 20,000 years each, holds the product chain's value within an interval of
   * at most 10 %. (Splitting is right here too but slow: its level "a second unit degrades while
   * the first is down" has probability 1.6e-4, which fixed effort pays for at every excursion.)
   */
  @Test
  void twoOfThreeAtTenNines() {
    MarkovChain chain = wearing("up", 1e5, 100, 10, 8);
    SystemModel model = new SystemModel(List.of(markov("m", 3, chain)),
        new Structure.AtLeastOfGroup(2, "m"));
    Exact exact = Exact.of(List.of(chain, chain, chain), down -> down[0] + down[1] + down[2] >= 2);
    assertEquals(exact.unavailability, twoOfThree(downShare(chain)),
        1e-9 * exact.unavailability, "the product chain is the product of its units");
    assertTrue(exact.unavailability > 1e-10 && exact.unavailability < 1e-9,
        "ten nines: " + exact.unavailability);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    check(runs(ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate, 40, 20_000),
        exact);
  }

  /**
   * Two units in parallel, each climbing five degraded states (left after 100 h on average, each
   * step up the ladder after 4 h unless fixed within 1 h, repaired in 10 h once down): U ≈ 1.0e-9,
   * nine nines, from the 49-state product chain. The rare event is a long climb of likely steps,
   * splitting's own ground (its levels count the failing moves left): 8 replications of 25 years
   * hold U within 5 %; importance sampling, 80 replications of 100 years, only within 15 %
   * (each window that ends in a fix without the forced step weighs 1/(1 − q) = 10, and a climb
   * of eleven moves meets many).
   */
  @Test
  void degradationLadderAtNineNines() {
    MarkovChain chain = ladder(5, 100, 4, 1, 10);
    SystemModel model = new SystemModel(List.of(markov("m", 2, chain)),
        new Structure.AtLeastOfGroup(1, "m"));
    Exact exact = Exact.of(List.of(chain, chain), down -> down[0] + down[1] == 2);
    assertEquals(exact.unavailability, Math.pow(downShare(chain), 2), 1e-7 * exact.unavailability);
    assertTrue(exact.unavailability > 1e-9 && exact.unavailability < 1e-8 / 5,
        "nine nines: " + exact.unavailability);
    StartPlan plan = StartPlan.of(model, Start.NEW);
    check(runs(Splitting.of(model, plan)::replicate, 8, 25), exact, 0.05);
    check(runs(ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate, 80, 100), exact,
        0.15);
  }

  /**
   * A wearing unit (as above, repaired in 8 h) in parallel with an exponential one (life 10,000 h,
   * repair 10 h, its own technician): U ≈ 7e-9, eight nines, from a six-state product chain.
   * Importance sampling, 40 replications of 20,000 years, within 10 %. The expected failures
   * that {@code auto} reads are the chain's own.
   */
  @Test
  void markovBesideRenewalAtEightNines() {
    MarkovChain chain = wearing("up", 1e5, 100, 10, 8);
    MarkovChain exponential = new MarkovChain("up", Map.of("up", true, "down", false), List.of(
        new MarkovChain.Transition("up", "down", per(10_000)),
        new MarkovChain.Transition("down", "up", per(10))));
    SystemModel model = new SystemModel(List.of(markov("m", 1, chain),
        new ComponentGroup("e", 1, new Exponential(10_000 * HOUR), new Exponential(10 * HOUR),
            null, "tech")),
        List.of(new Crew("tech", 1)),
        new Structure.Parallel(List.of(new Structure.Group("m"), new Structure.Group("e"))));
    Exact exact = Exact.of(List.of(chain, exponential), down -> down[0] + down[1] == 2);
    assertEquals(exact.unavailability, downShare(chain) * downShare(exponential),
        1e-9 * exact.unavailability);
    assertTrue(exact.unavailability > 1e-9 && exact.unavailability < 1e-8,
        "eight nines: " + exact.unavailability);
    assertEquals(exact.frequency * YEAR, ImportanceSampling.expectedFailures(model, YEAR),
        1e-6 * exact.frequency * YEAR, "the Markov unit's renewal twin has its A and f");
    StartPlan plan = StartPlan.of(model, Start.NEW);
    check(runs(ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate, 40, 20_000),
        exact);
  }

  /** The figures hold U and f within their 95 % intervals, U's at most 10 % wide each side. */
  private static RareFigures check(List<WeightedReplication> replications, Exact exact) {
    return check(replications, exact, 0.1);
  }

  /** As above, U's interval at most {@code width} wide each side, relatively. */
  private static RareFigures check(List<WeightedReplication> replications, Exact exact,
      double width) {
    RareFigures f = RareFigures.of(replications, 0.95);
    assertTrue(f.unavailability().relativeHalfWidth() < width, f.unavailability().toString());
    assertTrue(f.unavailability().low() <= exact.unavailability
        && exact.unavailability <= f.unavailability().high(),
        f.unavailability() + " vs " + exact.unavailability);
    assertTrue(f.failureFrequency().low() <= exact.frequency
        && exact.frequency <= f.failureFrequency().high(),
        f.failureFrequency() + " vs " + exact.frequency);
    return f;
  }

  /** A unit's stationary probability of being down, from its own chain (solved by hand). */
  static double downShare(MarkovChain chain) {
    Exact alone = Exact.of(List.of(chain), down -> down[0] == 1);
    return alone.unavailability;
  }

  /** 2-of-3 of independent units down with probability p each: 3p²(1 − p) + p³. */
  static double twoOfThree(double p) {
    return 3 * p * p * (1 - p) + p * p * p;
  }

  /** The structure over the units' states: whether the system is down given which units are. */
  interface Down {
    boolean test(int[] down);
  }

  /**
   * The product chain of independent units: its generator built state by state (one unit moves
   * at a time), π Q = 0 with Σ π = 1 solved by LU, U = Σ π over the down states and the failure
   * frequency f = Σ π_i q_ij over the moves from an up system state to a down one.
   */
  record Exact(double unavailability, double frequency) {
    static Exact of(List<MarkovChain> units, Down structure) {
      int[] sizes = units.stream().mapToInt(c -> c.stateNames().size()).toArray();
      int total = 1;
      for (int size : sizes) {
        total *= size;
      }
      RealMatrix q = new Array2DRowRealMatrix(total, total);
      for (int i = 0; i < total; i++) {
        int[] state = decode(i, sizes);
        for (int u = 0; u < units.size(); u++) {
          MarkovChain c = units.get(u);
          for (MarkovChain.Transition t : c.transitions()) {
            if (c.index(t.from()) == state[u]) {
              int[] to = state.clone();
              to[u] = c.index(t.to());
              int j = encode(to, sizes);
              q.addToEntry(i, j, t.rate());
              q.addToEntry(i, i, -t.rate());
            }
          }
        }
      }
      // Solve Qᵀ π = 0 with the last equation replaced by Σ π = 1.
      RealMatrix a = q.transpose();
      double[] b = new double[total];
      for (int j = 0; j < total; j++) {
        a.setEntry(total - 1, j, 1);
      }
      b[total - 1] = 1;
      double[] pi = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(b)).toArray();
      double u = 0;
      double f = 0;
      for (int i = 0; i < total; i++) {
        boolean down = structure.test(downs(decode(i, sizes), units));
        if (down) {
          u += pi[i];
          continue;
        }
        for (int j = 0; j < total; j++) {
          if (j != i && structure.test(downs(decode(j, sizes), units))) {
            f += pi[i] * q.getEntry(i, j);
          }
        }
      }
      return new Exact(u, f);
    }

    private static int[] decode(int index, int[] sizes) {
      int[] state = new int[sizes.length];
      for (int u = 0; u < sizes.length; u++) {
        state[u] = index % sizes[u];
        index /= sizes[u];
      }
      return state;
    }

    private static int encode(int[] state, int[] sizes) {
      int index = 0;
      for (int u = sizes.length - 1; u >= 0; u--) {
        index = index * sizes[u] + state[u];
      }
      return index;
    }

    private static int[] downs(int[] state, List<MarkovChain> units) {
      int[] down = new int[state.length];
      for (int u = 0; u < state.length; u++) {
        MarkovChain c = units.get(u);
        down[u] = c.isUp(c.stateNames().get(state[u])) ? 0 : 1;
      }
      return down;
    }
  }


  private static List<WeightedReplication> runs(Replicate method, int replications,
      double years) {
    List<WeightedReplication> list = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      list.add(method.run(17, r, years * YEAR, 0));
    }
    return list;
  }
}
