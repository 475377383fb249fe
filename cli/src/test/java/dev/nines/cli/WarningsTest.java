package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's warnings go to stderr as {@code warning: ...}; the exit status stays 0. */
class WarningsTest {

  @Test
  void aOnePartParallelIsWarnedOfAndStillRuns(@TempDir Path dir) throws IOException {
    String file = Files.writeString(dir.resolve("p.yaml"), """
        name: p
        horizon: 1y
        replications: 2
        components:
          db: {count: 3, failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 8h}}
        system: {parallel: [db]}
        """).toString();
    String warning = "warning: " + file + ":6:10: system.parallel: a parallel of one part is that "
        + "part alone: 'db' is up only while all its 3 units are up, not while any one is (for "
        + "any one unit up, write {atLeast: 1, of: db}; for all of them, write db without the "
        + "parallel)";
    for (String command : List.of("validate", "solve", "run")) {
      Cli run = Cli.run(command, file);
      assertEquals(0, run.status(), command + ": " + run.err());
      // run also says which method it chose, on a line of its own after the warning
      assertEquals(warning, run.err().lines().findFirst().orElseThrow(), command);
      assertEquals(1, run.err().lines().filter(l -> l.startsWith("warning:")).count(), command);
      assertTrue(!run.out().contains("warning"), command + ": " + run.out());
    }
    Cli sweep = Cli.run("sweep", file, "--set", "components.db.count=2,3");
    assertEquals(0, sweep.status(), sweep.err());
    assertEquals(warning, sweep.err().lines().findFirst().orElseThrow(), "sweep");
  }
}
