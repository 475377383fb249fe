package dev.nines.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nines completion bash|zsh|fish}: print a shell completion script for nines. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = {
      "Print a shell completion script for bash, zsh or fish (commands, options, files).",
      "Load it in the shell's start-up file, as in the examples."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(nines completion bash)         # in ~/.bashrc",
      "  source <(nines completion zsh)          # in ~/.zshrc, after compinit",
      "  nines completion fish > ~/.config/fish/completions/nines.fish"
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells nines writes completion for. */
  static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class,
      description = "bash, zsh or fish.")
  String shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommandLine root = spec.root().commandLine();
    String script = switch (shell) {
      case "bash" -> AutoComplete.bash(root.getCommandName(), root);
      case "zsh" -> CompletionScripts.zsh(root);
      case "fish" -> CompletionScripts.fish(root);
      default -> null;
    };
    if (script == null) {
      err.println(spec.qualifiedName() + ": unknown shell '" + shell + "'");
      err.println("  hint: " + UsageErrors.closest(shell, SHELLS)
          .map(name -> "did you mean " + name + "? ").orElse("")
          + "the shells are " + String.join(", ", SHELLS));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.print(script);
    out.flush();
    return ExitCodes.OK;
  }

  /** The shells, for completing this command's own argument. */
  static final class Shells implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SHELLS.iterator();
    }
  }
}
