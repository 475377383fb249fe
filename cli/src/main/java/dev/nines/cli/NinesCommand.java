package dev.nines.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nines}: the top command; the work is done by its subcommands. */
@Command(
    name = "nines",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = "A deterministic discrete-event availability simulator.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines run scenarios/examples/two-of-three.yaml",
      "  nines solve scenarios/examples/two-of-three.yaml",
      "  nines run --help",
      "  source <(nines completion bash)"
    },
    subcommands = {RunCommand.class, SolveCommand.class, CompareCommand.class, SweepCommand.class,
        MergeCommand.class, ReportCommand.class,
        ValidateCommand.class, SchemaCommand.class, CompletionCommand.class,
        CommandLine.HelpCommand.class})
public final class NinesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** A command line ready to execute, with nines's exit codes and error handling. */
  public static CommandLine commandLine() {
    return withErrorHandling(new CommandLine(new NinesCommand()));
  }

  /**
   * The command line, reporting a bad command line in one line and a hint (exit status 2) and an
   * unexpected exception as a bug in nines (exit status 1).
   */
  static CommandLine withErrorHandling(CommandLine cli) {
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("nines: internal error: " + e);
      err.println("This is a bug in nines, not in your input; please report it with the scenario.");
      e.printStackTrace(err);
      return ExitCodes.FAILURE;
    });
    return cli;
  }

  /** {@code nines} alone: a command is missing, so the usage goes to stderr, exit status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCodes.BAD_INPUT;
  }

  /** The version from the build, for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "nines " + number(),
        "JVM: ${java.version} (${java.vendor} ${java.vm.name})"
      };
    }

    /** The version of this build, such as {@code 0.1.0}; "unknown" outside a build. */
    static String number() {
      Properties properties = new Properties();
      try (InputStream in = NinesCommand.class.getResourceAsStream("/nines-version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        return "unknown";
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
