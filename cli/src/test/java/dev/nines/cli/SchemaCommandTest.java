package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.scenarios.ScenarioSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsTheSchemaAsJson() throws IOException {
    Cli cli = Cli.run("schema");
    assertEquals(0, cli.status(), cli.err());
    JsonNode schema = JSON.readTree(cli.out());
    assertEquals("http://json-schema.org/draft-07/schema#", schema.path("$schema").asText());
    assertTrue(schema.path("properties").has("components"), cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void writesTheFileWithDashO(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nines.schema.json");
    Files.writeString(file, "an older schema");
    Cli cli = Cli.run("schema", "-o", file.toString());
    assertEquals(0, cli.status(), cli.err());
    assertEquals(ScenarioSchema.text(), Files.readString(file));
    assertEquals("", cli.out());
    assertTrue(cli.err().contains("wrote " + file), cli.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "the temporary file is left behind");
    }
  }

  @Test
  void aMissingDirectoryIsBadInput(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("nines.schema.json");
    Cli cli = Cli.run("schema", "-o", file.toString());
    assertEquals(2, cli.status());
    assertTrue(cli.err().contains("cannot write " + file + ": no such directory"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
    assertFalse(Files.exists(file));
  }

  /** A file where a directory should be: refused even for root, which may write anywhere else. */
  @Test
  void aFileInPlaceOfTheDirectoryIsBadInput(@TempDir Path dir) throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("scenarios"), "a file");
    Path file = notADirectory.resolve("nines.schema.json");
    Cli cli = Cli.run("schema", "--output", file.toString());
    assertEquals(2, cli.status());
    assertTrue(cli.err().contains("cannot write " + file + ": not a directory"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
    assertFalse(cli.err().contains("\tat "), cli.err());
  }

  /** A directory where the file should be: nothing is written, and it says why. */
  @Test
  void aDirectoryInPlaceOfTheFileIsBadInput(@TempDir Path dir) throws IOException {
    Path taken = Files.createDirectory(dir.resolve("nines.schema.json"));
    Files.writeString(taken.resolve("inside"), "keeps the directory non-empty");
    Cli cli = Cli.run("schema", "-o", taken.toString());
    assertEquals(2, cli.status());
    assertTrue(cli.err().contains("cannot write " + taken + ": a directory is in the way"),
        cli.err());
    assertFalse(cli.err().contains("\tat "), cli.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "the temporary file is left behind");
    }
  }

  @Test
  void isListedInTheHelp() {
    Cli cli = Cli.run("--help");
    assertEquals(0, cli.status());
    assertTrue(cli.out().contains("schema"), cli.out());
  }
}
