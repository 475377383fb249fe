package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code nines sweep --method}: the option and words of {@code run}, each point's method in the
 * table and the JSON, the same bytes for any {@code --threads} and for shards merged, and a method
 * named that cannot run a point refused before anything runs.
 */
class SweepMethodTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The 3-of-5 example at 3, 4 and 5 replicas (about 26, 0.004 and 1e-6 system failures per
   * replication).
   */
  private static Cli sweep(String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", Cli.example("three-of-five-rare.yaml"),
        "--set", "components.replica.count=3..5"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The same, each point run to a relative half-width of 10 %. */
  private static Cli precise(String... more) {
    List<String> args = new ArrayList<>(List.of("--precision", "10%"));
    args.addAll(List.of(more));
    return sweep(args.toArray(String[]::new));
  }

  @Test
  void eachPointSaysItsMethodAndTheBytesAreTheSameForAnyThreadCount() throws IOException {
    Cli one = precise("--json", "--threads", "1");
    Cli two = precise("--json", "--threads", "2");
    assertEquals(0, one.status(), one.err());
    assertEquals(one.out(), two.out(), "byte-identical for 1 and 2 threads");
    assertEquals(one.err(), two.err());
    JsonNode json = JSON.readTree(one.out());
    assertEquals("auto", json.get("method").asText());
    List<String> methods = new ArrayList<>();
    for (JsonNode p : json.get("points")) {
      methods.add(p.get("method").asText());
      assertTrue(p.get("method-reason").asText().contains("system failure"), p.toString());
      assertTrue(p.get("expected-failures").isNumber(), p.toString());
    }
    assertEquals(List.of("crude", "importance", "importance"), methods);
    assertEquals("nines sweep: method auto: crude at 1 point, importance at 2 (each point's "
        + "method and why are in the output)\n", one.err());

    Cli table = precise("--threads", "2");
    assertEquals(0, table.status(), table.err());
    assertTrue(table.out().contains("method auto\n"), table.out());
    String header = table.out().lines().filter(l -> l.contains("components.replica.count"))
        .findFirst().orElseThrow();
    assertTrue(header.matches(".*\\bn\\s+method\\s+system availability.*"), header);
    assertTrue(table.out().lines().anyMatch(l -> l.trim().matches("5\\s+\\d+\\s+importance.*")),
        table.out());
  }

  @Test
  void shardsMergedEqualTheWholeSweep(@TempDir Path dir) throws IOException {
    Cli whole = precise("--json", "--threads", "2");
    assertEquals(0, whole.status(), whole.err());
    for (int i = 1; i <= 2; i++) {
      Cli shard = precise("--threads", "1", "--shard", i + "/2", "-o",
          dir.resolve("s" + i).toString());
      assertEquals(0, shard.status(), shard.err());
    }
    Cli merged = Cli.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(),
        "--json");
    assertEquals(0, merged.status(), merged.err());
    assertEquals(whole.out(), merged.out());
    String log = Files.readString(dir.resolve("s2").resolve("points.jsonl"));
    assertTrue(log.contains("\"method\":\"importance\""), log);
  }

  @Test
  void aMethodNamedRunsEveryPointOrTheSweepIsRefused(@TempDir Path dir) {
    // Plain simulation sees no failure at 5 replicas in years of runs: no --precision here.
    Cli crude = sweep("--method", "crude", "--json", "--threads", "2");
    assertEquals(0, crude.status(), crude.err());
    assertTrue(crude.err().startsWith("nines sweep: method crude: crude at 3 points"), crude.err());

    Cli refused = precise("--method", "importance", "--target", "mttf>=1000y",
        "-o", dir.resolve("never").toString());
    assertEquals(2, refused.status(), refused.err());
    assertTrue(refused.err().startsWith("nines sweep: at components.replica.count=3: --method "
        + "importance: not available for this scenario: it gives no figure system.mttf"),
        refused.err());
    assertTrue(refused.out().isEmpty() && !Files.exists(dir.resolve("never")),
        "nothing ran: " + refused.out());

    Cli misspelt = sweep("--method", "importanse");
    assertEquals(2, misspelt.status(), misspelt.err());
    assertTrue(misspelt.err().contains("--method: unknown method 'importanse' (did you mean "
        + "'importance'?)"), misspelt.err());
  }

  @Test
  void sweepTakesRunsOptionWithTheSameHelp() {
    OptionSpec run = NinesCommand.commandLine().getSubcommands().get("run").getCommandSpec()
        .findOption("--method");
    OptionSpec sweep = NinesCommand.commandLine().getSubcommands().get("sweep").getCommandSpec()
        .findOption("--method");
    assertEquals(List.of(run.description()), List.of(sweep.description()));
    assertEquals(run.defaultValue(), sweep.defaultValue());
    assertEquals("auto", sweep.defaultValue());
  }
}
