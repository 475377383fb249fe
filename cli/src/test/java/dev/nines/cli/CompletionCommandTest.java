package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code nines completion bash|zsh|fish}: a script for each shell, from the command model. */
class CompletionCommandTest {

  @Test
  void bashIsPicocliScript() {
    Cli bash = Cli.run("completion", "bash");
    assertEquals(0, bash.status(), bash.err());
    assertTrue(bash.out().startsWith("#!/usr/bin/env bash"), bash.out());
    assertTrue(bash.out().contains("complete -F _complete_nines"), bash.out());
    for (String command : List.of("run", "solve", "sweep", "completion")) {
      assertTrue(bash.out().contains(command), command);
    }
  }

  @Test
  void zshCompletesCommandsOptionsAndFiles() {
    Cli zsh = Cli.run("completion", "zsh");
    assertEquals(0, zsh.status(), zsh.err());
    assertTrue(zsh.out().startsWith("#compdef nines\n"), zsh.out());
    assertTrue(zsh.out().contains("    'run:Simulate a scenario\\: every figure"), zsh.out());
    assertTrue(zsh.out().contains("'--seed[Override the scenario'\\''s seed.]:N: '"), zsh.out());
    assertTrue(zsh.out().contains("'*:FILE:_files'"), zsh.out());
    assertTrue(zsh.out().contains("':SHELL:(bash zsh fish)'"), zsh.out());
    assertTrue(zsh.out().contains("compdef _nines nines"), zsh.out());
  }

  @Test
  void fishCompletesCommandsOptionsAndFiles() {
    Cli fish = Cli.run("completion", "fish");
    assertEquals(0, fish.status(), fish.err());
    List<String> lines = fish.out().lines().toList();
    assertTrue(lines.stream().filter(l -> !l.startsWith("#"))
        .allMatch(l -> l.startsWith("complete -c nines ")), fish.out());
    assertTrue(lines.contains("complete -c nines -f"), fish.out());
    assertTrue(lines.contains("complete -c nines -n __fish_use_subcommand -a 'help' "
        + "-d 'Display help information about the specified command.'"), fish.out());
    assertTrue(lines.contains("complete -c nines -n '__fish_seen_subcommand_from run' -l seed -r "
        + "-d 'Override the scenario\\'s seed.'"), fish.out());
    assertTrue(lines.contains("complete -c nines -n '__fish_seen_subcommand_from validate' -F"),
        fish.out());
    assertTrue(lines.contains("complete -c nines -n '__fish_seen_subcommand_from completion' "
        + "-a 'bash zsh fish'"), fish.out());
  }

  @Test
  void anotherShellIsBadInputWithAHint() {
    Cli other = Cli.run("completion", "fihs");
    assertEquals(2, other.status());
    assertEquals("", other.out());
    assertEquals(List.of("nines completion: unknown shell 'fihs'",
        "  hint: did you mean fish? the shells are bash, zsh, fish"), other.err().lines().toList());
    assertEquals(2, Cli.run("completion").status());
  }
}
