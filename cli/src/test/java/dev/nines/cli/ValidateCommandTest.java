package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void goodFilesAreOk() {
    Cli cli = Cli.run("validate", Cli.example("single-server.yaml"), Cli.example("web-tier.yaml"));
    assertEquals(0, cli.status(), cli.err());
    assertEquals(2, cli.out().lines().filter(l -> l.contains(": ok")).count());
    assertTrue(cli.out().contains("single-server.yaml: ok (single server: 1 group, 1 unit)"),
        cli.out());
  }

  @Test
  void everyProblemOfEveryFileWithExitStatusTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("typo.yaml");
    Files.writeString(bad, """
        name: typo
        horizon: 10y
        components:
          app:
            count: 3
            failure: {dist: exponential, mean: 1000h}
            repair: {dist: exponential, mean: 8h}
            mtrr: 8h
        system: {atLeast: 4, of: app}
        """);
    Cli cli = Cli.run("validate", Cli.example("single-server.yaml"), bad.toString());
    assertEquals(2, cli.status());
    assertTrue(cli.out().contains("single-server.yaml: ok"), cli.out());
    assertTrue(cli.err().contains("typo.yaml:8:5: components.app.mtrr: unknown field 'mtrr'"),
        cli.err());
    assertTrue(cli.err().contains("typo.yaml:9:"), cli.err());
    assertTrue(cli.err().contains("2 problems"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }

  @Test
  void helpAndVersionEverywhere() {
    for (String[] args : new String[][] {{"--help"}, {"run", "--help"}, {"validate", "--help"}}) {
      Cli cli = Cli.run(args);
      assertEquals(0, cli.status());
      assertTrue(cli.out().contains("Usage:"), cli.out());
    }
    for (String[] args : new String[][] {{"--version"}, {"run", "--version"}}) {
      Cli cli = Cli.run(args);
      assertEquals(0, cli.status());
      assertTrue(cli.out().startsWith("nines "), cli.out());
    }
  }
}
