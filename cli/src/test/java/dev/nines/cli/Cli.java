package dev.nines.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it printed. */
record Cli(int status, String out, String err) {

  /** The examples folder, from the cli module's working directory. */
  static final Path EXAMPLES = Path.of("..", "scenarios", "examples");

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = NinesCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Cli(status, out.toString(), err.toString());
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }
}
