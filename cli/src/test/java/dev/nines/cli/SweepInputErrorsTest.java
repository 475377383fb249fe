package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a sweep's options is reported at the option, as a bad {@code --replications} is:
 * one line naming the option and the value, a hint, exit status 2; never as a problem at a line
 * of the file, which holds no such value.
 */
class SweepInputErrorsTest {

  @TempDir static Path dir;
  private static String file;

  @BeforeAll
  static void writeScenario() throws IOException {
    file = Files.writeString(dir.resolve("app.yaml"), """
        name: app
        seed: 1
        horizon: 1y
        replications: 2
        components:
          app: {count: 2, failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 8h}}
        system: {atLeast: 1, of: app}
        """).toString();
  }

  @Test
  void aMisspeltTargetGetsTheTargetSpeltRight() {
    Cli run = Cli.run("sweep", file, "--set", "components.app.count=2,3",
        "--target", "availabilty>=0.999");
    assertEquals(2, run.status(), run.err());
    assertEquals(List.of("nines sweep: --target availabilty>=0.999: the scenario has no figure "
        + "availabilty in scope system",
        "  hint: did you mean --target 'availability>=0.999'?"), run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void aTargetInAnUnknownScopeListsTheScopes() {
    Cli run = Cli.run("sweep", file, "--set", "components.app.count=2,3",
        "--target", "zzz.availability>=0.999");
    assertEquals(2, run.status(), run.err());
    assertEquals(List.of("nines sweep: --target zzz.availability>=0.999: the scenario has no "
        + "figure availability in scope zzz", "  hint: the scopes are: system, app"),
        run.err().lines().toList());
  }

  @Test
  void aBadSetValueIsReportedAtTheOption() {
    Cli count = Cli.run("sweep", file, "--set", "components.app.count=2,x");
    assertEquals(2, count.status(), count.err());
    assertEquals(List.of("nines sweep: --set components.app.count=x: expected a whole number, "
        + "got 'x'", "  hint: write each value as the scenario file would write "
        + "components.app.count, in a list (1,2,3) or range (2..8) of them"),
        count.err().lines().toList());

    Cli replications = Cli.run("sweep", file, "--set", "replications=abc");
    assertEquals(2, replications.status(), replications.err());
    assertEquals("nines sweep: --set replications=abc: expected a whole number, got 'abc'",
        replications.err().lines().findFirst().orElseThrow());

    Cli mean = Cli.run("sweep", file, "--set", "components.app.failure.mean=abc");
    assertEquals(2, mean.status(), mean.err());
    assertEquals(List.of("nines sweep: --set components.app.failure.mean=abc: 'abc' is not a "
        + "duration", "  hint: write a number and a unit, e.g. '1000h'; units: ns us ms s m h d w y"),
        mean.err().lines().toList());
  }
}
