package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.experiment.Comparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of {@code nines compare}: what it draws when told of variants and replications
 * (rendered into a list, not a terminal), and that it is silent when not on a terminal. Nothing
 * here is timed: the events per second are checked for their form only.
 */
class CompareProgressTest {

  @Test
  void theLineCountsAllVariantsReplicationsAndNamesTheOneUnderWay() {
    List<String> drawn = new ArrayList<>();
    CompareProgress progress = new CompareProgress(10, 4,
        new DelegatingProgressBarConsumer(drawn::add, 160));
    progress.variant(0, 4, "random", 0.5);
    for (int i = 0; i < 10; i++) {
      progress.replicationDone(1000);
    }
    progress.variant(1, 4, "power-of-two", 0.5);
    for (int i = 0; i < 3; i++) {
      progress.replicationDone(1000);
    }
    progress.close(); // draws the line a last time
    String last = drawn.get(drawn.size() - 1);
    assertTrue(last.startsWith("compare"), last);
    assertTrue(last.contains("13/40 replications"), last); // 4 variants × 10 replications
    assertTrue(last.matches(".* [0-9.e+]+ events/s · power-of-two at ρ 0\\.5 \\(2/4\\).*"),
        last);
  }

  @Test
  void theVariantIsNamedWithItsLoadWhenOneIsGiven() {
    assertEquals("least-connections at ρ 0.9 (3/8)",
        CompareProgress.label(2, 8, "least-connections", 0.9));
    assertEquals("random (1/2)", CompareProgress.label(0, 2, "random", Double.NaN));
    assertEquals("2000 events/s · random (1/2)",
        CompareProgress.message("random (1/2)", 4000, 2.0));
  }

  @Test
  void offATerminalThereIsNoLine() {
    assertSame(Comparison.Listener.NONE, CompareProgress.of(false, 10, 4));
    CompareProgress.close(Comparison.Listener.NONE); // closing no line is harmless
  }

  @Test
  void aPipedCompareWritesNoProgressToStderr(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("two.yaml"), """
        name: two servers
        horizon: 20s
        replications: 3
        components: {app: {count: 2}}
        traffic: {arrivals: {poisson: 100/s}, service: {dist: exponential, mean: 10ms}, servers: app, balancer: random}
        """);
    Cli run = Cli.run("compare", file.toString(), "--balancers", "random,round-robin");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err()); // tests are not on a terminal: not a byte of progress
    assertFalse(run.out().contains("events/s"), run.out());
  }
}
