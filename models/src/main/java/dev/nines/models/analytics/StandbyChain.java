package dev.nines.models.analytics;

import dev.nines.models.analytics.FailoverConfig.Phase;
import dev.nines.models.ctmc.Ctmc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markov regenerative chain of a standby with detection and switchover delays, over the
 * configurations of {@link FailoverConfig}, following {@code StandbyNode} rule by rule.
 *
 * <p><b>Units.</b> m alike units, exponential lives (rate λ for the active role, d·λ for a spare:
 * the dormancy pace) and exponential repairs (rate μ) by {@code repairers} repairers in FIFO order
 * (as many as units: each down unit is repaired at once).
 *
 * <p><b>Regeneration.</b> UP, NO_SPARE and REPAIR are exponential states. A detection (UNDETECTED)
 * and a switchover (SWITCHING) last a random delay during which the units go on failing and being
 * repaired: the chain regenerates at the start of each such period, from its configuration alone
 * (the delay is drawn afresh). The period from configuration c ends in configuration c' with
 * probability [E[e^{Q̃Δ}]]_{c,c'} and spends [E[∫₀^Δ e^{Q̃t}dt]]_{c,c'} seconds in c', Q̃ the units'
 * generator within the period, both by uniformization over the delay's mixed Poisson weights
 * ({@link MixedPoisson}), exact to about 1e-16; a detection also ends when the failed active unit
 * is repaired first (a missed detection: UP again). The embedded chain with mean sojourns τ is
 * solved as the CTMC with rates K_ij/τ_i, which has the same time-stationary law and the same mean
 * first-passage times. A delay that is absent (no detector, no switchover time) takes no time: its
 * outcome is resolved at once, so an instant successful switchover is no outage, as in the node.
 *
 * <p><b>Rules</b> (StandbyNode): the active unit's failure starts a detection (UNDETECTED); a false
 * suspicion of an up active unit (rate φ, only while a spare is up) starts a needless switchover
 * to a spare, the former active unit becoming a spare; a detection starts a switchover to an up
 * spare, or NO_SPARE when none is up. A switchover ends in UP with probability 1 − switchFailure if
 * its target is up at its end, else the target becomes a tried spare and the next untried up spare
 * is tried; none left: REPAIR if a unit is up, else NO_SPARE. In NO_SPARE and REPAIR the first unit
 * repaired takes the active role at once; in REPAIR an operator's restore (rate μ, the active
 * group's repair) hands the role to an up unit, or leaves the node in NO_SPARE when none is up.
 */
final class StandbyChain {

  /** More regeneration states than this: too large to solve directly. */
  static final int MAX_STATES = 2000;
  /** More configurations within all delays together than this: too large. */
  static final int MAX_LOCAL = 1_000_000;

  /**
   * The units' figures.
   *
   * @param units m, the pool size
   * @param lambda λ, the failure rate at the active pace
   * @param mu μ, the repair rate
   * @param dormancy d, a spare's pace
   * @param repairers repairers (m when every down unit has one)
   * @param suspicion φ, false suspicions of an up active unit per second (0 for none)
   * @param switchFailure the probability that a switchover to an up target fails
   */
  record Rates(int units, double lambda, double mu, double dormancy, int repairers,
      double suspicion, double switchFailure) {

    /** A bound on the total rate out of any configuration: the uniformization rate Λ. */
    double uniformization() {
      return lambda * (1 + (units - 1) * dormancy) + Math.min(units, repairers) * mu;
    }
  }

  /**
   * The solved structure: the CTMC over the regeneration states, each state's configuration (its
   * phase says where its time goes), and the mean length of each state's sojourn or period.
   */
  record Result(Ctmc ctmc, List<FailoverConfig> states, double[] meanSojourn) {}

  private record Move(double rate, FailoverConfig next) {}

  private record Branch(double probability, FailoverConfig next) {}

  private final Rates r;
  private final MixedPoisson detection;
  private final MixedPoisson switching;
  private final boolean sorted;
  private int localTotal;

  private StandbyChain(Rates r, MixedPoisson detection, MixedPoisson switching) {
    this.r = r;
    this.detection = detection;
    this.switching = switching;
    this.sorted = r.repairers() >= r.units();
  }

  /**
   * The chain from every unit up (state 0).
   *
   * @param detection the detection delay's weights, or null for instant detection
   * @param switching the switchover time's weights, or null for instant switchovers
   * @throws IllegalArgumentException when the chain is too large, with the reason
   */
  static Result build(Rates r, MixedPoisson detection, MixedPoisson switching) {
    return new StandbyChain(r, detection, switching).build();
  }

  private Result build() {
    Map<FailoverConfig, Integer> index = new LinkedHashMap<>();
    List<FailoverConfig> states = new ArrayList<>();
    List<double[]> rates = new ArrayList<>(); // {from, to, rate}
    List<Double> sojourn = new ArrayList<>();
    FailoverConfig start = config(Phase.UP, true, r.units() - 1, 0, "");
    index.put(start, 0);
    states.add(start);
    for (int i = 0; i < states.size(); i++) {
      FailoverConfig s = states.get(i);
      Map<FailoverConfig, Double> out = new LinkedHashMap<>();
      double tau;
      if (s.phase().isDelay()) {
        tau = period(s, out);
        out.replaceAll((next, p) -> p / tau);
      } else {
        double total = 0;
        for (Move m : moves(s)) {
          addScaled(out, resolve(m.next()), m.rate());
          total += m.rate();
        }
        tau = 1 / total;
      }
      sojourn.add(tau);
      for (Map.Entry<FailoverConfig, Double> e : out.entrySet()) {
        Integer j = index.get(e.getKey());
        if (j == null) {
          j = states.size();
          index.put(e.getKey(), j);
          states.add(e.getKey());
          if (states.size() > MAX_STATES) {
            throw new IllegalArgumentException("no formula: the standby's failover chain has more"
                + " than " + MAX_STATES + " states");
          }
        }
        if (j != i && e.getValue() > 0) {
          rates.add(new double[] {i, j, e.getValue()});
        }
      }
    }
    Ctmc.Builder b = Ctmc.builder(states.size());
    rates.forEach(t -> b.rate((int) t[0], (int) t[1], t[2]));
    return new Result(b.build(), List.copyOf(states),
        sojourn.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * The period from a detection or switchover that starts in {@code start}: adds to {@code out}
   * the probability of each next regeneration state, returns the period's mean length.
   */
  private double period(FailoverConfig start, Map<FailoverConfig, Double> out) {
    Phase phase = start.phase();
    MixedPoisson law = phase == Phase.UNDETECTED ? detection : switching;
    Map<FailoverConfig, Integer> index = new LinkedHashMap<>();
    List<FailoverConfig> local = new ArrayList<>();
    List<List<Move>> moves = new ArrayList<>();
    index.put(start, 0);
    local.add(start);
    for (int i = 0; i < local.size(); i++) {
      List<Move> list = moves(local.get(i));
      moves.add(list);
      for (Move m : list) {
        if (m.next().phase() == phase && !index.containsKey(m.next())) {
          index.put(m.next(), local.size());
          local.add(m.next());
          if (++localTotal > MAX_LOCAL) {
            throw new IllegalArgumentException("no formula: the standby's failover chain has more"
                + " than " + MAX_LOCAL + " configurations within its delays");
          }
        }
      }
    }
    int n = local.size();
    double rate = law.rate();
    double[] leave = new double[n];
    for (int i = 0; i < n; i++) {
      for (Move m : moves.get(i)) {
        leave[i] += m.rate();
      }
      if (leave[i] > rate * (1 + 1e-12)) { // cannot happen: Rates.uniformization bounds it
        throw new IllegalArgumentException("no formula: uniformization rate " + rate + " below "
            + leave[i] + " in " + local.get(i));
      }
    }
    double[] v = new double[n];
    v[0] = 1;
    double[] end = new double[n];
    double[] time = new double[n];
    for (int k = 0; k < law.terms(); k++) {
      double w = law.jump(k);
      double z = law.occupancy(k);
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        if (v[i] == 0) {
          continue;
        }
        end[i] += w * v[i];
        time[i] += z * v[i];
        next[i] += v[i] * (1 - leave[i] / rate);
        for (Move m : moves.get(i)) {
          Integer j = m.next().phase() == phase ? index.get(m.next()) : null;
          if (j != null) {
            next[j] += v[i] * m.rate() / rate;
          }
        }
      }
      v = next;
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (end[i] > 0) {
        List<Branch> branches = phase == Phase.UNDETECTED
            ? List.of(new Branch(1, detect(local.get(i)))) : switchEnd(local.get(i));
        for (Branch br : branches) {
          addScaled(out, resolve(br.next()), end[i] * br.probability());
          total += end[i] * br.probability();
        }
      }
      for (Move m : moves.get(i)) {
        if (m.next().phase() != phase) { // the failed active unit repaired before detection
          addScaled(out, resolve(m.next()), time[i] * m.rate());
          total += time[i] * m.rate();
        }
      }
    }
    if (Math.abs(total - 1) > 1e-9) { // the delay's weights fell short: say so, not a wrong value
      throw new IllegalArgumentException("no formula: the outcomes of a delay from " + start
          + " sum to " + total);
    }
    return Arrays.stream(time).sum();
  }

  /** The exponential moves out of a configuration: failures, repairs, suspicions, restores. */
  private List<Move> moves(FailoverConfig c) {
    List<Move> out = new ArrayList<>();
    String q = c.queue();
    int s = c.upS();
    int t = c.upR();
    Phase phase = c.phase();
    double spare = r.dormancy() * r.lambda();
    if (phase == Phase.UP) {
      out.add(new Move(r.lambda(), config(Phase.UNDETECTED, false, s, 0, q + 'A')));
      if (s > 0 && r.suspicion() > 0) { // a needless switchover; the former active unit is a spare
        out.add(new Move(r.suspicion(), config(Phase.SWITCHING, true, s, 0, q)));
      }
    } else if (phase == Phase.SWITCHING && c.activeUp()) {
      out.add(new Move(r.lambda(), config(phase, false, s, t, q + 'A')));
    }
    if (s > 0 && spare > 0) {
      out.add(new Move(s * spare, config(phase, c.activeUp(), s - 1, t, q + 'S')));
    }
    if (t > 0 && spare > 0) {
      out.add(new Move(t * spare, config(phase, c.activeUp(), s, t - 1, q + 'R')));
    }
    int busy = Math.min(q.length(), r.repairers());
    for (int k = 0; k < busy; k++) {
      String rest = q.substring(0, k) + q.substring(k + 1);
      out.add(new Move(r.mu(), repaired(c, q.charAt(k), rest)));
    }
    if (phase == Phase.REPAIR) { // the operator's restore
      out.add(new Move(r.mu(), s > 0 ? config(Phase.UP, true, s - 1, 0, q)
          : config(Phase.NO_SPARE, false, 0, 0, q)));
    }
    return out;
  }

  /** The configuration after the repair of a unit of role {@code role}. */
  private FailoverConfig repaired(FailoverConfig c, char role, String rest) {
    int s = c.upS();
    int t = c.upR();
    return switch (c.phase()) {
      case UP -> config(Phase.UP, true, s + 1, 0, rest);
      case NO_SPARE, REPAIR -> config(Phase.UP, true, s, 0, rest); // it takes the role at once
      case UNDETECTED -> role == 'A' ? config(Phase.UP, true, s, 0, rest)
          : config(Phase.UNDETECTED, false, s + 1, 0, rest);
      case SWITCHING -> role == 'A' ? config(Phase.SWITCHING, true, s, t, rest)
          : role == 'R' ? config(Phase.SWITCHING, c.activeUp(), s, t + 1, rest)
          : config(Phase.SWITCHING, c.activeUp(), s + 1, t, rest);
    };
  }

  /** A detection: a switchover to an up spare, else NO_SPARE; the failed unit is a spare now. */
  private FailoverConfig detect(FailoverConfig c) {
    String q = c.queue().replace('A', 'S');
    return c.upS() > 0 ? config(Phase.SWITCHING, true, c.upS() - 1, 0, q)
        : config(Phase.NO_SPARE, false, 0, 0, q);
  }

  /** The end of a switchover: success, or the next untried spare, REPAIR or NO_SPARE. */
  private List<Branch> switchEnd(FailoverConfig c) {
    List<Branch> out = new ArrayList<>();
    double fail = c.activeUp() ? r.switchFailure() : 1;
    if (fail < 1) {
      out.add(new Branch(1 - fail, config(Phase.UP, true, c.upS() + c.upR(), 0,
          c.queue().replace('R', 'S'))));
    }
    if (fail > 0) {
      int tried = c.upR() + (c.activeUp() ? 1 : 0);
      String q = c.activeUp() ? c.queue() : c.queue().replace('A', 'R');
      FailoverConfig next = c.upS() > 0 ? config(Phase.SWITCHING, true, c.upS() - 1, tried, q)
          : tried > 0 ? config(Phase.REPAIR, false, tried, 0, q.replace('R', 'S'))
          : config(Phase.NO_SPARE, false, 0, 0, q.replace('R', 'S'));
      out.add(new Branch(fail, next));
    }
    return out;
  }

  /**
   * The regeneration states a configuration stands for: itself, or, for a delay that takes no time
   * (instant detection or switchover), where its outcome leads at once.
   */
  private Map<FailoverConfig, Double> resolve(FailoverConfig c) {
    Map<FailoverConfig, Double> out = new LinkedHashMap<>();
    if (c.phase() == Phase.UNDETECTED && detection == null) {
      addScaled(out, resolve(detect(c)), 1);
    } else if (c.phase() == Phase.SWITCHING && switching == null) {
      for (Branch b : switchEnd(c)) {
        addScaled(out, resolve(b.next()), b.probability());
      }
    } else {
      out.put(c, 1.0);
    }
    return out;
  }

  private FailoverConfig config(Phase phase, boolean activeUp, int upS, int upR, String queue) {
    if (sorted && queue.length() > 1) {
      char[] roles = queue.toCharArray();
      Arrays.sort(roles);
      queue = new String(roles);
    }
    return new FailoverConfig(phase, activeUp, upS, upR, queue);
  }

  private static void addScaled(Map<FailoverConfig, Double> out, Map<FailoverConfig, Double> in,
      double scale) {
    if (scale == 0) {
      return;
    }
    in.forEach((c, p) -> out.merge(c, p * scale, Double::sum));
  }
}
