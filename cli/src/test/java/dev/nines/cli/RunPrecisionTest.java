package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * {@code nines run --precision}, {@code --max-replications} and {@code --method}: what they
 * accept, what they refuse (exit status 2, a reason and a hint), and a run that stops at the first
 * batch boundary where the system's unavailability is precise enough, the same on any number of
 * threads.
 */
class RunPrecisionTest {

  /** One exponential unit, MTTF 100 h, MTTR 1 h: U = 1/101, about 87 failures a year. */
  private static final String ONE = """
      name: one unit
      seed: 5
      horizon: 1y
      replications: 4
      components:
        unit:
          failure: {dist: exponential, mean: 100h}
          repair: {dist: exponential, mean: 1h}
      system: unit
      """;

  @TempDir Path dir;

  private String file() throws IOException {
    return Files.writeString(dir.resolve("one.yaml"), ONE).toString();
  }

  private Cli badInput(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("run", file()));
    args.addAll(List.of(options));
    Cli run = Cli.run(args.toArray(String[]::new));
    assertEquals(ExitCodes.BAD_INPUT, run.status(), run.err());
    assertEquals("", run.out());
    assertFalse(run.err().contains("Exception"), run.err());
    return run;
  }

  @Test
  void aPrecisionThatIsNotAPositiveNumberOrPercentageIsRefusedWithAHint() throws IOException {
    assertTrue(badInput("--precision", "0").err().startsWith("nines run: --precision: '0' is not"
        + " a positive precision"));
    Cli abc = badInput("--precision", "abc");
    assertTrue(abc.err().startsWith("nines run: --precision: 'abc' is not a precision\n"
        + "  hint: give a relative half-width as a percentage, e.g. 10%"), abc.err());
    Cli over = badInput("--precision", "150%");
    assertTrue(over.err().startsWith("nines run: --precision: '150%' is more than 100 %"),
        over.err());
    assertTrue(over.err().contains("hint:"), over.err());
    Cli five = badInput("--precision", "5");
    assertTrue(five.err().contains("hint: for a relative half-width write a percentage, e.g. "
        + "--precision 5%"), five.err());
  }

  @Test
  void maxReplicationsNeedsAPrecisionAndTwoAndForceBeyondTheLimit() throws IOException {
    assertTrue(badInput("--max-replications", "100").err()
        .startsWith("nines run: --max-replications limits a run with --precision\n  hint:"));
    assertTrue(badInput("--precision", "10%", "--max-replications", "1").err()
        .contains("--max-replications must be at least 2"));
    assertTrue(badInput("--precision", "10%", "--max-replications", "200000").err()
        .contains("hint: use --force"));
  }

  @Test
  void anUnknownMethodListsTheMethods() throws IOException {
    assertEquals("nines run: --method: unknown method 'bogus'; the methods are: auto, crude, "
        + "importance, splitting\n", badInput("--method", "bogus").err());
    assertTrue(badInput("--method", "crud").err().contains("(did you mean 'crude'?)"));
  }

  /**
   * The rare-event methods cannot run traffic: each refuses in one line rather than pretend;
   * importance sampling and splitting run the one unit and say so.
   */
  @Test
  void aRareEventMethodThatCannotRunRefusesInOneLine() throws IOException {
    String served = Files.writeString(dir.resolve("served.yaml"), ONE.replace("system: unit", """
        system: unit
        traffic:
          arrivals: {poisson: 1/s}
          service: {dist: exponential, mean: 10ms}
          servers: unit
        """)).toString();
    Cli traffic = Cli.run("run", served, "--method", "importance");
    assertEquals(ExitCodes.BAD_INPUT, traffic.status(), traffic.err());
    assertEquals("--method importance: not available for this scenario: it has traffic, whose "
        + "request-level figures need plain simulation\n", traffic.err());
    Cli split = Cli.run("run", served, "--method", "splitting");
    assertEquals(ExitCodes.BAD_INPUT, split.status(), split.err());
    assertEquals("--method splitting: not available for this scenario: it has traffic, whose "
        + "request-level figures need plain simulation\n", split.err());
    Cli splitting = Cli.run("run", file(), "--method", "splitting", "--json");
    assertEquals(0, splitting.status(), splitting.err());
    assertEquals("splitting", new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(splitting.out()).path("method").asText(), splitting.out());
    Cli is = Cli.run("run", file(), "--method", "importance", "--json");
    assertEquals(0, is.status(), is.err());
    assertEquals("importance", new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(is.out()).get("method").asText());
  }

  /**
   * 10 %: the run stops at a batch boundary (4, 8, 16, ... replications), where the
   * unavailability's relative half-width is at most 10 %, and holds the exact time average of a
   * unit that starts up, λ/(λ+μ)·(1 − (1 − e^{−(λ+μ)T}) / ((λ+μ)T)).
   */
  @Test
  void aTenPercentRunStopsAtABatchBoundaryWithTheRelativeErrorMet() throws IOException {
    Cli run = Cli.run("run", file(), "--precision", "10%", "--json", "--threads", "2");
    assertEquals(ExitCodes.OK, run.status(), run.err());
    assertEquals("nines: method crude (about 87 system failures per replication expected)\n",
        run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("crude", json.get("method").asText());
    int k = json.get("replications").asInt();
    assertTrue(List.of(8, 16, 32, 64, 128, 256, 512).contains(k), "replications " + k);
    JsonNode precision = json.get("precision");
    assertTrue(precision.get("met").asBoolean());
    assertTrue(precision.get("relative").asBoolean());
    assertEquals(0.1, precision.get("value").asDouble());
    JsonNode u = metric(json, "unavailability");
    double relative = (u.get("high").asDouble() - u.get("low").asDouble()) / 2
        / u.get("mean").asDouble();
    assertTrue(relative <= 0.1, "relative half-width " + relative);
    assertEquals(relative, u.get("relative-error").asDouble(), 1e-12);
    assertEquals(relative, precision.get("achieved").asDouble(), 1e-12);
    assertTrue(u.get("effective-sample-size").isNull());
    assertEquals(k, u.get("n").asInt());
    double s = 1 / 100.0 + 1;
    double t = 8760;
    double exact = (1 / 100.0) / s * (1 - (1 - Math.exp(-s * t)) / (s * t));
    assertTrue(u.get("low").asDouble() <= exact && exact <= u.get("high").asDouble(),
        u.toString());
    assertEquals(relative, metric(json, "availability").get("relative-error").asDouble(), 1e-12);
    assertFalse(metric(json, "mtbf").has("relative-error"));
  }

  @Test
  void aPrecisionRunIsTheSameBytesOnOneThreadOrTwo() throws IOException {
    String file = file();
    Cli one = Cli.run("run", file, "--precision", "5%", "--json", "--threads", "1");
    Cli two = Cli.run("run", file, "--precision", "5%", "--json", "--threads", "2");
    assertEquals(ExitCodes.OK, one.status(), one.err());
    assertEquals(one.out(), two.out());
    Cli table = Cli.run("run", file, "--precision", "5%", "--threads", "2");
    assertTrue(table.out().contains(" · method crude · 95 % confidence intervals"), table.out());
    assertTrue(table.out().contains("\nprecision: relative half-width of the unavailability "),
        table.out());
  }

  /** The most replications reached before the goal: the figures of all of them, marked. */
  @Test
  void aGoalNotReachedWithinTheMaximumIsIncomplete() throws IOException {
    Cli run = Cli.run("run", file(), "--precision", "0.1%", "--max-replications", "10", "--json");
    assertEquals(ExitCodes.INCOMPLETE, run.status(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(10, json.get("replications").asInt());
    assertFalse(json.get("precision").get("met").asBoolean());
    assertTrue(json.get("incomplete").asText().startsWith("the precision was not met within "
        + "--max-replications 10: the relative half-width of the unavailability is "),
        json.get("incomplete").asText());
    assertTrue(run.err().contains("nines run: incomplete: the precision was not met"), run.err());
  }

  /** Without the new options only the method is new: the header word and the JSON key. */
  @Test
  void aPlainRunSaysItsMethodAndNothingElseChanges() throws IOException {
    Cli run = Cli.run("run", file(), "--json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("crude", json.get("method").asText());
    assertFalse(json.has("precision"));
    assertEquals(4, json.get("replications").asInt());
    Cli crude = Cli.run("run", file(), "--json", "--method", "crude");
    assertEquals(run.out(), crude.out());
    assertEquals("nines: method crude (as asked; about 87 system failures per replication "
        + "expected)\n", crude.err());
  }

  /**
   * {@code sweep --precision} takes the same forms, per point: 10 % without a target judges each
   * point's unavailability. Its points written to DIR and merged back print the same bytes: the
   * relative goal and each figure's relative error survive {@code points.jsonl}.
   */
  @Test
  void aSweepTakesTheSameFormsPerPointAndItsLogReadsBackTheSame() throws IOException {
    String file = file();
    Cli sweep = Cli.run("sweep", file, "--set", "components.unit.count=1,2", "--precision", "10%",
        "--json", "--threads", "2", "-o", dir.resolve("out").toString());
    assertEquals(ExitCodes.OK, sweep.status(), sweep.err());
    JsonNode points = new ObjectMapper().readTree(sweep.out()).get("points");
    for (JsonNode p : points) {
      int k = p.get("replications").asInt();
      assertTrue(List.of(4, 8, 16, 32, 64, 128).contains(k), "replications " + k);
      JsonNode u = metric(p, "unavailability");
      assertTrue(u.get("relative-error").asDouble() <= 0.1, u.toString());
    }
    Cli merged = Cli.run("merge", dir.resolve("out").toString(), "--json");
    assertEquals(ExitCodes.OK, merged.status(), merged.err());
    assertEquals(sweep.out(), merged.out());
    Cli bad = Cli.run("sweep", file, "--set", "components.unit.count=1", "--precision", "150%");
    assertEquals(ExitCodes.BAD_INPUT, bad.status(), bad.err());
    assertTrue(bad.err().startsWith("nines sweep: --precision: '150%' is more than 100 %"),
        bad.err());
  }

  @Test
  void theHelpGivesAnExampleOfEachOption() {
    String help = Cli.run("run", "--help").out();
    assertTrue(help.contains("--precision 10% or --precision 1e-6"), help);
    assertTrue(help.contains("--max-replications 5000"), help);
    assertTrue(help.contains("--method crude"), help);
    assertTrue(help.contains("nines run scenarios/examples/three-of-five-rare.yaml --precision 10% "
        + "\\\n      --max-replications 20000 --timeout 5m"), help);
    assertFalse(help.contains("%%"), help);
  }

  private static JsonNode metric(JsonNode json, String name) {
    for (JsonNode m : json.get("metrics")) {
      if (m.get("scope").asText().equals("system") && m.get("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no system " + name);
  }

  /**
   * Control variates correct plain simulation: refused beside a rare-event method; on a series of
   * two groups they narrow the interval and say which groups served; on one unit they step aside.
   */
  @Test
  void controlVariatesOnPlainSimulation() throws IOException {
    assertTrue(badInput("--method", "importance", "--control-variates").err()
        .startsWith("nines run: --control-variates corrects plain simulation, not --method "
            + "importance"));
    String series = Files.writeString(dir.resolve("series.yaml"), """
        name: series
        seed: 3
        horizon: 2000h
        replications: 20
        components:
          web: {failure: {dist: exponential, mean: 100h}, repair: {dist: exponential, mean: 10h}}
          db: {failure: {dist: exponential, mean: 400h}, repair: {dist: exponential, mean: 20h}}
        system: {series: [web, db]}
        """).toString();
    Cli plain = Cli.run("run", series, "--json");
    Cli cv = Cli.run("run", series, "--json", "--control-variates");
    assertEquals(0, cv.status(), cv.err());
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    double plainWidth = width(mapper.readTree(plain.out()));
    double cvWidth = width(mapper.readTree(cv.out()));
    assertTrue(cvWidth < plainWidth / 2, cvWidth + " vs " + plainWidth);
    assertTrue(cv.out().contains("control variates: the unit unavailability of web, db"),
        cv.out());
    Cli one = Cli.run("run", file(), "--control-variates");
    assertEquals(0, one.status(), one.err());
    assertTrue(one.out().contains("no control variates"), one.out());
  }

  private static double width(com.fasterxml.jackson.databind.JsonNode root) {
    for (com.fasterxml.jackson.databind.JsonNode m : root.path("metrics")) {
      if (m.path("scope").asText().equals("system")
          && m.path("name").asText().equals("unavailability")) {
        return m.path("high").asDouble() - m.path("low").asDouble();
      }
    }
    throw new AssertionError("no unavailability in " + root);
  }
}
