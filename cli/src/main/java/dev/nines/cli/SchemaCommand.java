package dev.nines.cli;

import dev.nines.scenarios.ScenarioSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nines schema}: prints the JSON Schema of the scenario language, for an editor's YAML
 * language server (completion and inline errors while a scenario is typed). With {@code -o FILE} it
 * writes the file instead, whole or not at all: an editor watching it never reads half a schema.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = NinesCommand.Version.class,
    description = {
      "Print the JSON Schema (draft-07) of scenario files, for editors.",
      "Point a YAML language server at it with a first line "
          + "'# yaml-language-server: $schema=./nines.schema.json' in a scenario file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nines schema -o nines.schema.json",
      "  nines schema | jq .properties"
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the schema to FILE (replaced whole) instead of printing it.")
  Path output;

  @Override
  public Integer call() {
    String schema = ScenarioSchema.text();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(schema);
      out.flush();
      return ExitCodes.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      writeAtomically(output, schema);
    } catch (IOException e) {
      err.println("nines schema: cannot write " + output + ": " + reason(e));
      err.println("  hint: -o takes a file in a directory that exists and that you may write to");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.println("nines schema: wrote " + output);
    err.flush();
    return ExitCodes.OK;
  }

  /** Writes a temporary file beside the target, then renames it over the target. */
  private static void writeAtomically(Path target, String text) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null,
          Files.exists(folder) ? "not a directory" : "no such directory");
    }
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "a directory is in the way");
    }
    // Not Files.createTempFile: its file would be private to its owner, unlike a plain new file.
    Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
        + "-" + System.nanoTime() + ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp); // gone after the move; left over only when it failed
    }
  }

  /** The reason in words, without the exception's class name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) e;
      return (fs.getReason() == null ? "cannot be written" : fs.getReason()) + ": " + fs.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
