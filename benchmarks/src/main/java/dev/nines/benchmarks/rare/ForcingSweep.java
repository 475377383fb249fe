package dev.nines.benchmarks.rare;

import dev.nines.models.rare.Biasing;
import dev.nines.models.rare.ImportanceSampling;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the forcing probability q, stretched repairs and the branches per excursion trade variance
 * against work: each setting runs the same 200 replications of 1,000 years (seed 1) on one thread,
 * three times; the table gives U's relative error, the best wall time and their product
 * RE²·seconds, the work-normalized variance (lower is better), beside the effective sample size
 * of the branches. Prints a Markdown table. Usage: {@code ForcingSweep [q,q,...]}.
 */
public final class ForcingSweep {

  private ForcingSweep() {}

  public static void main(String[] args) {
    String list = args.length > 0 ? args[0] : "0.5,0.7,0.8,0.9,0.95,0.98";
    System.out.println("| case | q | stretched repairs | branches | RE of U | best time | RE²·s "
        + "| ESS | largest share |");
    System.out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|");
    for (RareCase c : RareCase.all()) {
      for (String word : list.split(",")) {
        double q = Double.parseDouble(word);
        row(c, new Biasing(q, 0.5, false, true), 1);
        if (q == Biasing.DEFAULT.forcing()) {
          row(c, new Biasing(q, 0.5, false, false), 1);
          row(c, new Biasing(q, 0.5, false, true), 2);
        }
      }
    }
  }

  private static void row(RareCase c, Biasing biasing, int branches) {
    ImportanceSampling is = c.sampling(biasing, branches);
    double best = Double.POSITIVE_INFINITY;
    RareFigures f = null;
    for (int k = 0; k < 3; k++) {
      long start = System.nanoTime();
      List<WeightedReplication> runs = new ArrayList<>();
      for (int r = 0; r < 200; r++) {
        runs.add(is.replicate(1, r, 1000 * RareCase.YEAR, 0));
      }
      f = RareFigures.of(runs, 0.95);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    double re = f.relativeError();
    System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %d | %.2f %% | %.3f s | %.2e | %.0f | %.4f "
        + "|%n", c.id(), biasing.forcing(), biasing.stretchRepairs() ? "yes" : "no", branches,
        100 * re, best, re * re * best, f.diagnostics().effectiveSampleSize(),
        f.diagnostics().largestShare());
  }
}
