package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's help, walked: each paragraph a whole sentence (Picocli prints each element of a
 * description on a line of its own, so an element cut mid-sentence is a hard line break in the
 * middle of it), each summary in {@code nines --help} whole, and what the help says of
 * {@code -o}, {@code --timeout} and {@code --max-events} true of what the command does.
 */
class HelpTextTest {

  private static final Pattern FILE_NAME = Pattern.compile("\\b[a-z][a-z.]*\\.(json|jsonl|csv|html)\\b");

  @Test
  void everyParagraphAndOptionOfEveryCommandIsAWholeSentence() {
    CommandLine root = NinesCommand.commandLine();
    for (CommandLine command : commands(root)) {
      String name = command.getCommandSpec().qualifiedName();
      for (String paragraph : command.getCommandSpec().usageMessage().description()) {
        assertWhole(name + " description", paragraph);
      }
      for (OptionSpec option : command.getCommandSpec().options()) {
        assertWhole(name + " " + option.longestName(), String.join(" ", option.description()));
      }
      for (var parameter : command.getCommandSpec().positionalParameters()) {
        assertWhole(name + " " + parameter.paramLabel(),
            String.join(" ", parameter.description()));
      }
    }
  }

  @Test
  void theCommandListCutsNoSummaryMidSentence() {
    Cli top = Cli.run("--help");
    String list = top.out().substring(top.out().indexOf("Commands:\n") + "Commands:\n".length(),
        top.out().indexOf("\nExamples:"));
    // A summary wraps onto indented lines; join them and each ends a sentence.
    String joined = list.replaceAll("\n {6,}", " ");
    for (String line : joined.lines().toList()) {
      assertTrue(line.matches("  [a-z]+ +\\S.*\\."), "cut: '" + line + "'\n" + top.out());
    }
  }

  @Test
  void compareStoppedWritesNothingAsItsHelpSays(@TempDir Path dir) throws IOException {
    String timeout = help("compare", "--timeout");
    String maxEvents = help("compare", "--max-events");
    assertTrue(timeout.contains("write nothing"), timeout);
    assertTrue(maxEvents.contains("write nothing"), maxEvents);
    // --max-events stops the run as --timeout does, without a clock: one event is far too few.
    Path out = dir.resolve("out");
    Cli stopped = Cli.run("compare", traffic(dir), "--balancers", "random,round-robin",
        "--max-events", "1", "-o", out.toString());
    assertEquals(ExitCodes.INCOMPLETE, stopped.status(), stopped.err());
    assertEquals("", stopped.out());
    assertFalse(Files.exists(out) && filesIn(out).size() > 0, "wrote " + out);
  }

  @Test
  void sweepStoppedPrintsNoTableAsItsHelpSays(@TempDir Path dir) throws IOException {
    String timeout = help("sweep", "--timeout");
    assertTrue(timeout.contains("printing no table"), timeout);
    Cli stopped = Cli.run("sweep", availability(dir), "--set", "components.app.count=2,3",
        "--max-events", "1");
    assertEquals(ExitCodes.INCOMPLETE, stopped.status(), stopped.err());
    assertEquals("", stopped.out());
  }

  @Test
  void theFilesThatOutputNamesAreTheFilesWritten(@TempDir Path dir) throws IOException {
    String scenario = availability(dir);
    assertWritesWhatItSays(dir.resolve("run"), "run", scenario);
    assertWritesWhatItSays(dir.resolve("compare"), "compare", traffic(dir),
        "--balancers", "random,round-robin");
    assertWritesWhatItSays(dir.resolve("sweep"), "sweep", scenario,
        "--set", "components.app.count=2,3");
    assertFalse(help("sweep", "--output").contains("replications.csv"));
  }

  private static void assertWritesWhatItSays(Path out, String command, String... args)
      throws IOException {
    String[] all = Stream.concat(Stream.of(command),
        Stream.concat(Stream.of(args), Stream.of("-o", out.toString()))).toArray(String[]::new);
    Cli run = Cli.run(all);
    assertEquals(0, run.status(), run.err());
    Set<String> said = new TreeSet<>();
    Matcher m = FILE_NAME.matcher(help(command, "--output"));
    while (m.find()) {
      said.add(m.group());
    }
    assertEquals(said, filesIn(out), command + " -o: " + help(command, "--output"));
    assertTrue(Files.isDirectory(out.resolve("charts")), command); // charts/*.png|svg
  }

  /** The regular files directly in {@code dir}, by name. */
  private static Set<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new TreeSet<>(files.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString()).toList());
    }
  }

  private static String help(String command, String option) {
    CommandLine sub = NinesCommand.commandLine().getSubcommands().get(command);
    return String.join(" ", sub.getCommandSpec().findOption(option).description());
  }

  private static Iterable<CommandLine> commands(CommandLine root) {
    var all = new java.util.ArrayList<CommandLine>();
    all.add(root);
    all.addAll(root.getSubcommands().values());
    return all;
  }

  /**
   * Ends a sentence: a full stop, or a closing bracket or quote after one (Picocli's format
   * specifiers {@code %n} and {@code %%} read as printed).
   */
  private static void assertWhole(String where, String text) {
    String printed = text.replace("%n", "\n").replace("%%", "%").strip();
    assertTrue(printed.matches("(?s).*[.?!][)'\"]?"), where + ": '" + text + "'");
  }

  private static String availability(Path dir) throws IOException {
    return Files.writeString(dir.resolve("app.yaml"), """
        name: app
        seed: 1
        horizon: 1y
        replications: 2
        components:
          app: {count: 2, failure: {dist: exponential, mean: 1000h}, repair: {dist: exponential, mean: 8h}}
        system: {atLeast: 1, of: app}
        """).toString();
  }

  private static String traffic(Path dir) throws IOException {
    return Files.writeString(dir.resolve("traffic.yaml"), """
        name: two servers
        horizon: 20s
        replications: 2
        components: {app: {count: 2}}
        traffic: {arrivals: {poisson: 100/s}, service: {dist: exponential, mean: 10ms}, servers: app, balancer: random}
        """).toString();
  }
}
