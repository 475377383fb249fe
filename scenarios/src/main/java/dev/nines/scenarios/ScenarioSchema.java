package dev.nines.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft-07) of the scenario language, for editors: a YAML language server given it
 * completes fields and marks mistakes as they are typed. It checks the form of a file; the loader
 * checks more (references between names, k &lt;= n and the other relations of DESIGN.md §4), so
 * {@code nines validate} stays the last word. The schema is kept in step with the readers by
 * {@code ScenarioSchemaTest}, which drives both with the same files.
 */
public final class ScenarioSchema {

  /** Where the schema lives on the class path. */
  public static final String RESOURCE = "/dev/nines/scenarios/scenario.schema.json";

  private ScenarioSchema() {}

  /** The schema's text, as JSON. */
  public static String text() {
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // Packaged with the classes: missing only in a broken build.
        throw new IllegalStateException(
            "the scenario schema " + RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scenario schema " + RESOURCE, e);
    }
  }
}
