package dev.nines.benchmarks.rare;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.MarkovChain;
import dev.nines.models.ctmc.Ctmc;
import dev.nines.models.ctmc.SteadyState;
import dev.nines.models.SystemModel;
import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.models.rare.Biasing;
import dev.nines.models.rare.ImportanceSampling;
import dev.nines.models.rare.Splitting;
import dev.nines.models.start.Start;
import dev.nines.models.start.StartPlan;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.List;

/**
 * A rare-event case with exact answers worked out here: k-of-n clusters with one technician by
 * their birth–death chain, and a wear-out cluster of independent units by the structure function
 * (unit unavailability MTTR/(MTTF + MTTR), any laws; f by Birnbaum importance).
 *
 * @param horizon each replication's horizon in the coverage study, in seconds
 * @param unavailability the exact U
 * @param frequency the exact failures per second
 */
record RareCase(String id, String description, SystemModel model, Start start, double horizon,
    double unavailability, double frequency) {

  static final double HOUR = 3600;
  static final double YEAR = 8760 * HOUR;

  /** The importance sampling of this case with the given biasing. */
  ImportanceSampling sampling(Biasing biasing, int branches) {
    return ImportanceSampling.of(model, StartPlan.of(model, start), biasing, branches);
  }

  /** One replication of this case by {@code method}: importance or splitting. */
  interface Replicate {
    WeightedReplication replicate(long seed, int replication, double horizon, double warmup);
  }

  /** The method's replications of this case, default settings. */
  Replicate method(String method) {
    StartPlan plan = StartPlan.of(model, start);
    return switch (method) {
      case "importance" -> ImportanceSampling.of(model, plan, Biasing.DEFAULT, 1)::replicate;
      case "splitting" -> Splitting.of(model, plan)::replicate;
      default -> throw new IllegalArgumentException("unknown method " + method);
    };
  }

  /**
   * The methods the coverage study runs on this case: importance sampling everywhere; splitting
   * where its effort per excursion is affordable (the standbys: a few excursions per replication;
   * the ladder, where auto takes it; on the k-of-n cases its stages would run thousands of trajectories for each of
   * hundreds of excursions per replication).
   */
  List<String> methods() {
    return id.startsWith("standby") || id.equals("ladder") ? List.of("importance", "splitting")
        : List.of("importance");
  }

  double mttr() {
    return unavailability / frequency;
  }

  double mtbf() {
    return (1 - unavailability) / frequency;
  }

  /** The cases: the three targets. */
  static List<RareCase> all() {
    return List.of(cluster(2, 3, 1e5, 10, 2000), cluster(3, 5, 1e5, 4, 4000), wearOut());
  }

  /**
   * The coverage study's cases: the three targets, the hot standby pair, cold spares (a
   * pair, and a trio for splitting, whose three levels it can use) and a series of three redundant
   * parts.
   */
  static List<RareCase> coverage() {
    List<RareCase> cases = new java.util.ArrayList<>(all());
    cases.add(standbyPair());
    cases.add(coldStandbyPair());
    cases.add(coldStandbyTrio());
    cases.add(tier());
    cases.add(wearingDisks());
    cases.add(ladder());
    return cases;
  }

  /**
   * Two Markov units in parallel, each climbing five degraded states: ok → d1 after 100 h on
   * average, d_i → d_{i+1} (d5 → failed) after 4 h unless fixed first (d_i → ok within 1 h),
   * failed → ok in 10 h; independent. A long climb of likely steps, where {@code auto} takes
   * splitting. Each unit's chain solved here (GTH, {@link SteadyState#gth}): p its share of time
   * down, ν = π(d5)/4 h its failures per hour; U = p², f = 2·p·ν.
   */
  static RareCase ladder() {
    java.util.Map<String, Boolean> states = new java.util.LinkedHashMap<>();
    List<String> names = List.of("ok", "d1", "d2", "d3", "d4", "d5", "failed");
    List<MarkovChain.Transition> moves = new java.util.ArrayList<>();
    Ctmc.Builder unit = Ctmc.builder(names.size());
    java.util.function.BiConsumer<int[], Double> move = (fromTo, perHour) -> {
      moves.add(new MarkovChain.Transition(names.get(fromTo[0]), names.get(fromTo[1]),
          perHour / HOUR));
      unit.rate(fromTo[0], fromTo[1], perHour);
    };
    for (String n : names) {
      states.put(n, !n.equals("failed"));
    }
    move.accept(new int[] {0, 1}, 1 / 100.0);
    for (int i = 1; i <= 5; i++) {
      move.accept(new int[] {i, i + 1}, 1 / 4.0);
      move.accept(new int[] {i, 0}, 1.0);
    }
    move.accept(new int[] {6, 0}, 1 / 10.0);
    double[] pi = SteadyState.gth(unit.build());
    double p = pi[6];
    double nu = pi[5] / 4 / HOUR;
    SystemModel model = new SystemModel(List.of(new ComponentGroup("rung", 2, null, null,
        new MarkovChain("ok", states, moves), null)), new Structure.AtLeastOfGroup(1, "rung"));
    return new RareCase("ladder", "two Markov units in parallel, each climbing five degraded "
        + "states (steps of 4 h against fixes within 1 h), independent", model, Start.NEW,
        2 * YEAR, p * p, 2 * p * nu);
  }

  /**
   * Three Markov disks, two needed (the example wearing-disks-rare.yaml): ok → degraded at
   * a = 1/100,000 h, degraded → ok at b = 1/10 h, degraded → failed at c = 1/100 h, failed → ok at
   * d = 1/8 h; no crew, so the disks are independent. Each disk's chain, relative to π(ok) = 1:
   * π(degraded) = a/(b + c), π(failed) = π(degraded)·c/d; a disk is down p = π(failed)/Σπ of the
   * time and fails ν = π(degraded)·c/Σπ times per hour. U = 3p² − 2p³; f = 3·2p(1 − p)·ν (a disk
   * failure brings the system down when exactly one other disk is down).
   */
  static RareCase wearingDisks() {
    double a = 1 / 1e5;
    double b = 1 / 10.0;
    double c = 1 / 100.0;
    double d = 1 / 8.0;
    java.util.Map<String, Boolean> states = new java.util.LinkedHashMap<>();
    states.put("ok", true);
    states.put("degraded", true);
    states.put("failed", false);
    MarkovChain chain = new MarkovChain("ok", states, List.of(
        new MarkovChain.Transition("ok", "degraded", a / HOUR),
        new MarkovChain.Transition("degraded", "ok", b / HOUR),
        new MarkovChain.Transition("degraded", "failed", c / HOUR),
        new MarkovChain.Transition("failed", "ok", d / HOUR)));
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("disk", 3, null, null, chain, null)),
        new Structure.AtLeastOfGroup(2, "disk"));
    double degraded = a / (b + c);
    double failed = degraded * c / d;
    double sum = 1 + degraded + failed;
    double p = failed / sum;
    double nu = degraded * c / sum / HOUR;
    return new RareCase("wearing-disks", "three Markov disks (ok, degraded, failed), two needed, "
        + "degrading once in 100,000 h, independent", model, Start.NEW, 5000 * YEAR,
        3 * p * p - 2 * p * p * p, 6 * p * (1 - p) * nu);
  }

  /**
   * A series of three redundant parts: a balancer pair (one of two), 3 of 6 app servers and a
   * database pair, exponential lives of 100,000 h and repairs of 4 h, each unit repaired at once,
   * started stationary; the case where forcing the units closest to a cut matters (once a balancer
   * is down, eight other units can fail and only one of them brings the system down). With u the
   * unit unavailability and a = 1 − u: U = 1 − (1 − u²)²·P(Bin(6, a) ≥ 3), and f = Σ_i I_i /
   * (MTTF + MTTR) over the units' Birnbaum importances I: u·A_app·(1 − u²) for each unit of a
   * pair, C(5, 2)·a²·u³·(1 − u²)² for an app server (exactly two of the other five up).
   */
  static RareCase tier() {
    Exponential life = new Exponential(1e5 * HOUR);
    Exponential repair = new Exponential(4 * HOUR);
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("balancer", 2, life, repair),
        new ComponentGroup("app", 6, life, repair),
        new ComponentGroup("database", 2, life, repair)),
        new Structure.Series(List.of(new Structure.AtLeastOfGroup(1, "balancer"),
            new Structure.AtLeastOfGroup(3, "app"), new Structure.AtLeastOfGroup(1, "database"))));
    double u = 4.0 / 100_004;
    double a = 1 - u;
    double app = 0;
    double[] choose6 = {1, 6, 15, 20, 15, 6, 1};
    for (int k = 3; k <= 6; k++) {
      app += choose6[k] * Math.pow(a, k) * Math.pow(u, 6 - k);
    }
    double pair = 1 - u * u;
    double unavailability = 1 - pair * pair * app;
    double importance = 4 * u * app * pair + 6 * 10 * a * a * u * u * u * pair * pair;
    return new RareCase("tier", "balancer pair, 3 of 6 app servers and a database pair in "
        + "series, exponential lives 100,000 h, repairs 4 h, repaired independently, started "
        + "stationary", model, Start.STATIONARY, 1000 * YEAR, unavailability,
        importance / (100_004 * HOUR));
  }

  /**
   * A cold standby pair at nine and a half nines (the example cold-standby-nine-nines.yaml): lives
   * of 100,000 h (λ) that only the active unit spends, repairs of 2 h (μ) by one technician,
   * instant transfer, no detector. The chain of 0, 1, 2 units down (failures at λ, repairs at μ):
   * U = ρ²/(1 + ρ + ρ²), f = π₁·λ, ρ = λ/μ. Importance sampling only: with two levels, splitting
   * is plain simulation of the second failure (the trio below is its case).
   */
  static RareCase coldStandbyPair() {
    double life = 1e5 * HOUR;
    double repair = 2 * HOUR;
    Structure.Standby pair = new Structure.Standby("pair", "primary", List.of("spare"),
        StandbyMode.COLD, 0, null, null, 0);
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("primary", 1, new Exponential(life), new Exponential(repair), null,
            "tech"),
        new ComponentGroup("spare", 1, new Exponential(life), new Exponential(repair), null,
            "tech")),
        List.of(new Crew("tech", 1)), pair);
    double rho = repair / life;
    double sum = 1 + rho + rho * rho;
    return new RareCase("cold-standby-pair", "cold standby pair, lives 100,000 h, repairs 2 h, one"
        + " technician, instant transfer", model, Start.NEW, 1000 * YEAR, rho * rho / sum,
        rho / sum / life);
  }

  /**
   * A cold standby trio at nine nines: an active unit and two cold spares, lives of 4,000 h (λ),
   * repairs of 4 h (μ), one technician, instant transfer. With k down the one active unit fails at
   * λ: U = ρ³/(1 + ρ + ρ² + ρ³), f = π₂·λ. Its id starts with "standby", so splitting runs too.
   */
  static RareCase coldStandbyTrio() {
    double life = 4000 * HOUR;
    double repair = 4 * HOUR;
    Structure.Standby trio = new Structure.Standby("trio", "active", List.of("spare"),
        StandbyMode.COLD, 0, null, null, 0);
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("active", 1, new Exponential(life), new Exponential(repair), null,
            "tech"),
        new ComponentGroup("spare", 2, new Exponential(life), new Exponential(repair), null,
            "tech")),
        List.of(new Crew("tech", 1)), trio);
    double rho = repair / life;
    double sum = 1 + rho + rho * rho + rho * rho * rho;
    return new RareCase("standby-cold-trio", "cold standby trio, lives 4,000 h, repairs 4 h, one"
        + " technician, instant transfer", model, Start.NEW, 10 * YEAR, rho * rho * rho / sum,
        rho * rho / sum / life);
  }

  /**
   * The standby pair at nine nines (the example standby-pair-nine-nines.yaml): hot, behind
   * a lossless 20 ms heartbeat with a 60 ms timeout, switchovers uniform on 20–80 ms failing once in
   * 10⁴, lives of 100,000 h (rate λ), repairs of 1 h (rate μ), no crew. Each failure of the active
   * unit is a system failure costing the detection T − I/2 = 50 ms and the switchover 50 ms; a
   * failed switchover waits for the first of the manual restore and the failed unit's repair (mean
   * 30 min); both units are down (λ/μ)² of the time. U = λ·(0.1 s + 10⁻⁴·1800 s) + (λ/μ)² and
   * f = λ, each to a relative 10⁻⁴ (terms of order λ/μ).
   */
  static RareCase standbyPair() {
    double life = 1e5 * HOUR;
    double repair = HOUR;
    Structure.Standby pair = new Structure.Standby("db", "primary", List.of("replica"),
        StandbyMode.HOT, 1, "hb", new Uniform(0.02, 0.08), 1e-4);
    SystemModel model = new SystemModel(List.of(
        new ComponentGroup("primary", 1, new Exponential(life), new Exponential(repair)),
        new ComponentGroup("replica", 1, new Exponential(life), new Exponential(repair))),
        List.of(), List.of(new Detector("hb", new Heartbeat(0.02, 0.06))), pair);
    double lambda = 1 / life;
    double u = lambda * (0.1 + 1e-4 * 1800) + Math.pow(repair / life, 2);
    return new RareCase("standby-pair", "hot standby pair behind a 20 ms heartbeat (timeout "
        + "60 ms), switchovers 20–80 ms failing once in 10⁴, lives 100,000 h, repairs 1 h", model,
        Start.NEW, 100 * YEAR, u, lambda);
  }

  /** k-of-n, one technician, exponential lives and repairs; π_j ∝ n!/(n − j)!·ρ^j, j down. */
  static RareCase cluster(int k, int n, double mttfHours, double mttrHours, double years) {
    SystemModel model = new SystemModel(
        List.of(new ComponentGroup("node", n, new Exponential(mttfHours * HOUR),
            new Exponential(mttrHours * HOUR), null, "tech")),
        List.of(new Crew("tech", 1)), new Structure.AtLeastOfGroup(k, "node"));
    double rho = mttrHours / mttfHours;
    double[] pi = new double[n + 1];
    pi[0] = 1;
    double sum = 1;
    for (int j = 1; j <= n; j++) {
      pi[j] = pi[j - 1] * (n - j + 1) * rho;
      sum += pi[j];
    }
    double u = 0;
    for (int j = n - k + 1; j <= n; j++) {
      u += pi[j] / sum;
    }
    double f = pi[n - k] / sum * k / (mttfHours * HOUR);
    String id = k + "-of-" + n + "-crew";
    return new RareCase(id, k + "-of-" + n + ", one technician, exponential lives "
        + (int) mttfHours + " h, repairs " + (int) mttrHours + " h", model, Start.NEW,
        years * YEAR, u, f);
  }

  /**
   * 3-of-5, Weibull lives (shape 2, mean 100,000 h), lognormal repairs (mean 4 h, sd 2 h), each
   * unit repaired at once, started stationary: U = Σ_{j≥3} C(5, j)·U₁^j·A₁^{5−j}, and
   * f = 5·C(4, 2)·A₁²·U₁² / (MTTF + MTTR).
   */
  static RareCase wearOut() {
    double mean = 1e5 * HOUR;
    double scale = mean / Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1.5));
    SystemModel model = new SystemModel(List.of(new ComponentGroup("node", 5,
        new Weibull(2, scale), new Lognormal(4 * HOUR, 2 * HOUR))),
        new Structure.AtLeastOfGroup(3, "node"));
    double u1 = 4.0 / 100_004;
    double a1 = 100_000.0 / 100_004;
    double u = 10 * u1 * u1 * u1 * a1 * a1 + 5 * Math.pow(u1, 4) * a1 + Math.pow(u1, 5);
    double f = 30 * a1 * a1 * u1 * u1 / (100_004 * HOUR);
    return new RareCase("3-of-5-wear-out", "3-of-5, Weibull lives (shape 2, mean 100,000 h), "
        + "lognormal repairs (mean 4 h, sd 2 h), repaired independently, started stationary",
        model, Start.STATIONARY, 2000 * YEAR, u, f);
  }
}
