package dev.nines.benchmarks.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The coverage study (issue 18): for scenarios with exact answers, runs each one with many
 * independent seeds at several replication counts and measures how often each reported 95 %
 * interval contains the exact value, with the relative bias of the estimates and the intervals that
 * have zero width, leave the possible range, are missing or one-sided. Writes coverage.md and
 * coverage.json; progress and timings go to stderr only, so the files depend on the options alone.
 * Run it through {@code benchmarks/coverage/run}.
 */
public final class CoverageStudy {

  private CoverageStudy() {}

  public static void main(String[] args) {
    StudyOptions options;
    List<CoverageCase> cases;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        System.out.print(StudyOptions.USAGE);
        return;
      }
      options = StudyOptions.parse(args);
      cases = CoverageCases.matching(options.cases());
    } catch (IllegalArgumentException e) {
      System.err.println("coverage: " + e.getMessage());
      System.err.print(StudyOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      List<Coverage> rows = run(options, cases);
      write(options.out().resolve("coverage.md"), CoverageReport.markdown(options, cases, rows));
      write(options.out().resolve("coverage.json"), CoverageReport.json(options, cases, rows));
      System.err.println("coverage: wrote " + options.out().resolve("coverage.md") + " and "
          + options.out().resolve("coverage.json"));
    } catch (CoverageRunner.Rejected e) {
      System.err.println("coverage: " + e.getMessage());
      System.err.println("hint: a case that asks for 'start: stationary' needs that field in the "
          + "loader; run with --start new for numbers from units started new");
      System.exit(2);
    }
  }

  /** Every case's figures at every replication count: case by case, figure by figure, then R. */
  public static List<Coverage> run(StudyOptions options, List<CoverageCase> cases) {
    ExecutorService pool = pool(options.threads());
    try {
      List<Coverage> rows = new ArrayList<>();
      for (CoverageCase c : cases) {
        List<List<Coverage>> byCount = new ArrayList<>();
        for (int r : options.replications()) {
          long start = System.nanoTime(); // progress on stderr only, never in the results
          byCount.add(CoverageRunner.run(c, options.startOf(c), r, options.firstSeed(),
              options.seeds(), pool));
          System.err.printf(Locale.ROOT, "coverage: %s, %d replications, %d seeds: %.1f s%n",
              c.id(), r, options.seeds(), (System.nanoTime() - start) / 1e9);
        }
        for (int f = 0; f < c.figures().size(); f++) {
          for (List<Coverage> figures : byCount) {
            rows.add(figures.get(f));
          }
        }
      }
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A pool of daemon threads, each running one seed's run at a time. */
  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "coverage");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Writes to a temporary name beside the file, then moves it into place. */
  private static void write(Path file, String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temporary = dir.resolve("." + file.getFileName() + ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
