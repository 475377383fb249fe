package dev.nines.notebooks;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The executed copies of the notebooks committed in {@code notebooks/executed/}, so that someone
 * browsing the repository sees the tables and plots: how a fresh execution is written there, and
 * whether the committed copy is still what the notebook produces today.
 *
 * <p>Written: the executed notebook without the cells' run times (nbclient's
 * {@code metadata.execution}) and with the scratch directory of the run written as {@code out}
 * (where the notebooks write their reports when a reader runs them). Compared: every cell's
 * source, and for code cells the kinds and text of their outputs (streams, plain text, HTML
 * tables), but for two things that vary from machine to machine and say nothing of the lesson:
 * the JVM line of {@code nines --version}, and the bytes of images. A PNG's bytes depend on the
 * versions of matplotlib, FreeType and zlib, so an image is compared by its presence and type only;
 * the numbers it is drawn from are in the text outputs, which are compared whole.
 */
final class ExecutedCopies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExecutedCopies() {}

  /** The executed notebook as it is committed: no run times, the scratch directory as "out". */
  static JsonNode committable(JsonNode executed, Path scratch) {
    JsonNode copy = executed.deepCopy();
    for (JsonNode cell : copy.get("cells")) {
      JsonNode metadata = cell.get("metadata");
      if (metadata instanceof ObjectNode m) {
        m.remove("execution");
      }
      for (JsonNode output : cell.path("outputs")) {
        if (output.get("text") != null) {
          ((ObjectNode) output).set("text", relative(output.get("text"), scratch));
        }
        JsonNode data = output.get("data");
        if (data instanceof ObjectNode d) {
          for (String type : List.of("text/plain", "text/html")) {
            if (d.get(type) != null) {
              d.set(type, relative(d.get(type), scratch));
            }
          }
        }
      }
    }
    return copy;
  }

  /** Writes the committable copy, indented as Jupyter writes notebooks (one space a level). */
  static void write(JsonNode executed, Path scratch, Path to) throws IOException {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter(" ", "\n"))
        .withArrayIndenter(new DefaultIndenter(" ", "\n"));
    Files.createDirectories(to.getParent());
    Files.writeString(to, JSON.writer(pretty).writeValueAsString(committable(executed, scratch))
        + "\n", StandardCharsets.UTF_8);
  }

  /** How the committed copy differs from a fresh execution, cell by cell; empty when current. */
  static List<String> differences(JsonNode committed, JsonNode fresh, Path scratch) {
    JsonNode now = committable(fresh, scratch);
    List<String> found = new ArrayList<>();
    JsonNode a = committed.get("cells");
    JsonNode b = now.get("cells");
    if (a == null || a.size() != b.size()) {
      found.add("the notebook has " + b.size() + " cells, the copy " + (a == null ? 0 : a.size()));
      return found;
    }
    for (int i = 0; i < b.size(); i++) {
      String where = "cell " + (i + 1);
      if (!text(a.get(i).get("source")).equals(text(b.get(i).get("source")))) {
        found.add(where + ": its source changed");
        continue;
      }
      JsonNode outA = a.get(i).path("outputs");
      JsonNode outB = b.get(i).path("outputs");
      if (outA.size() != outB.size()) {
        found.add(where + ": " + outB.size() + " outputs now, " + outA.size() + " in the copy");
        continue;
      }
      for (int o = 0; o < outB.size(); o++) {
        String difference = difference(outA.get(o), outB.get(o));
        if (difference != null) {
          found.add(where + ", output " + (o + 1) + ": " + difference);
        }
      }
    }
    return found;
  }

  /** The cells' sources, each as one string: what the executed copy must share with its notebook. */
  static List<String> sources(JsonNode notebook) {
    List<String> sources = new ArrayList<>();
    for (JsonNode cell : notebook.get("cells")) {
      sources.add(cell.get("cell_type").asText() + ": " + text(cell.get("source")));
    }
    return sources;
  }

  private static String difference(JsonNode was, JsonNode now) {
    if (!was.path("output_type").equals(now.path("output_type"))
        || !was.path("name").equals(now.path("name"))) {
      return "a " + now.path("output_type").asText() + " now, a "
          + was.path("output_type").asText() + " in the copy";
    }
    if (now.get("text") != null && !comparable(was.get("text")).equals(comparable(now.get("text")))) {
      return "the text differs:\n" + text(now.get("text"));
    }
    JsonNode dataWas = was.path("data");
    JsonNode dataNow = now.path("data");
    List<String> typesWas = names(dataWas);
    List<String> typesNow = names(dataNow);
    if (!typesWas.equals(typesNow)) {
      return "of types " + typesNow + " now, " + typesWas + " in the copy";
    }
    for (String type : typesNow) {
      if (type.startsWith("text/")
          && !comparable(dataWas.get(type)).equals(comparable(dataNow.get(type)))) {
        return type + " differs:\n" + text(dataNow.get(type));
      }
    }
    return null;
  }

  /** The text without the lines that vary by machine (the JVM of {@code nines --version}). */
  private static String comparable(JsonNode text) {
    return String.join("\n", text(text).lines().filter(l -> !l.startsWith("JVM: ")).toList());
  }

  /** Jupyter writes text as a string or as a list of lines. */
  private static String text(JsonNode text) {
    if (text == null) {
      return "";
    }
    if (text.isArray()) {
      StringBuilder s = new StringBuilder();
      text.forEach(line -> s.append(line.asText()));
      return s.toString();
    }
    return text.asText();
  }

  private static JsonNode relative(JsonNode text, Path scratch) {
    String absolute = scratch.toAbsolutePath().toString();
    if (text.isArray()) {
      ArrayNode lines = JSON.createArrayNode();
      text.forEach(line -> lines.add(line.asText().replace(absolute, "out")));
      return lines;
    }
    return new TextNode(text.asText().replace(absolute, "out"));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      names.add(it.next().getKey());
    }
    return names;
  }
}
