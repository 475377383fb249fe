package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A mistyped command line: one line and a hint, exit status 2, never the whole usage. */
class CommandLineTest {

  @Test
  void anOptionErrorIsOneLineAndAHint() {
    Cli unknown = Cli.run("run", "--seeed", "3", Cli.example("two-of-three.yaml"));
    assertEquals(2, unknown.status());
    assertEquals(List.of("nines run: unknown option '--seeed'",
        "  hint: did you mean --seed? 'nines run --help' lists the options"), lines(unknown.err()));
    assertEquals("", unknown.out());

    Cli invalid = Cli.run("run", "--seed", "abc", Cli.example("two-of-three.yaml"));
    assertEquals(2, invalid.status());
    assertEquals(List.of("nines run: Invalid value for option '--seed': 'abc' is not a long",
        "  hint: 'nines run --help' shows the usage and examples"), lines(invalid.err()));

    Cli missing = Cli.run("solve");
    assertEquals(2, missing.status());
    assertEquals(List.of("nines solve: Missing required parameter: 'FILE'",
        "  hint: 'nines solve --help' shows the usage and examples"), lines(missing.err()));

    Cli far = Cli.run("validate", "--frobnicate", Cli.example("two-of-three.yaml"));
    assertEquals(2, far.status());
    assertEquals(List.of("nines validate: unknown option '--frobnicate'",
        "  hint: 'nines validate --help' lists the options"), lines(far.err()));
  }

  @Test
  void aMistypedCommandGetsTheClosestOne() {
    Cli swapped = Cli.run("rnu", Cli.example("two-of-three.yaml"));
    assertEquals(2, swapped.status());
    assertEquals(List.of("nines: unknown command 'rnu'",
        "  hint: did you mean 'nines run'? 'nines --help' lists the commands"),
        lines(swapped.err()));

    Cli dropped = Cli.run("valdate");
    assertEquals(2, dropped.status());
    assertTrue(dropped.err().contains("did you mean 'nines validate'?"), dropped.err());

    Cli nothingClose = Cli.run("simulate");
    assertEquals(2, nothingClose.status());
    assertEquals(List.of("nines: unknown command 'simulate'",
        "  hint: 'nines --help' lists the commands"), lines(nothingClose.err()));
  }

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertEquals(0, UsageErrors.distance("run", "run"));
    assertEquals(1, UsageErrors.distance("rnu", "run"));
    assertEquals(1, UsageErrors.distance("solv", "solve"));
    assertEquals(1, UsageErrors.distance("sweeep", "sweep"));
    assertEquals(3, UsageErrors.distance("", "run"));
    assertEquals(3, UsageErrors.distance("kitten", "sitting"));
    assertEquals(Optional.of("run"), UsageErrors.closest("rnu", List.of("run", "report")));
    assertEquals(Optional.empty(), UsageErrors.closest("pwsh", List.of("bash", "zsh", "fish")));
  }

  @Test
  void noArgumentsPrintsTheUsageToStderr() {
    Cli none = Cli.run();
    assertEquals(2, none.status());
    assertEquals("", none.out());
    assertTrue(none.err().startsWith("Usage: nines"), none.err());
    assertTrue(none.err().contains("Commands:"), none.err());
  }

  @Test
  void everyCommandIsSummedUpInWholeSentencesAndHasExamples() {
    var root = NinesCommand.commandLine();
    for (var entry : root.getSubcommands().entrySet()) {
      String summary = CompletionScripts.summary(entry.getValue().getCommandSpec());
      assertTrue(summary.endsWith("."), entry.getKey() + ": " + summary);
      if (entry.getKey().equals("help")) {
        continue; // Picocli's own help command
      }
      Cli help = Cli.run(entry.getKey(), "--help");
      assertEquals(0, help.status(), help.err());
      assertExamples(entry.getKey(), help.out());
    }
    Cli top = Cli.run("--help");
    assertEquals(0, top.status());
    assertExamples("nines", top.out());
  }

  /** An "Examples:" section last, each line within 80 columns and each example a nines command. */
  private static void assertExamples(String command, String help) {
    int at = help.indexOf("\nExamples:\n");
    assertTrue(at > 0, command + ": " + help);
    List<String> examples = lines(help.substring(at + "\nExamples:\n".length()));
    assertFalse(examples.isEmpty(), command);
    for (String line : examples) {
      assertTrue(line.length() <= 80, command + ": " + line);
      assertTrue(line.startsWith("  nines ") || line.startsWith("  source <(nines ")
          || line.startsWith("      "), command + ": " + line);
    }
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
