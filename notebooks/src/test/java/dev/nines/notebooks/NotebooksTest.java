package dev.nines.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every notebook headless with {@code jupyter nbconvert --execute}, as a reader would run
 * it: a failing cell (each notebook asserts its key results against theory) fails the test. The
 * notebooks are committed without outputs, for clean diffs; executed copies, with their tables and
 * plots for someone browsing the repository, are committed in {@code executed/}, and each fresh
 * execution (into {@code target/executed/}) must still match its copy ({@link ExecutedCopies}).
 * With {@code NINES_NOTEBOOKS_REFRESH=1} the fresh executions replace the copies instead.
 * Without Jupyter these tests are skipped, except under {@code CI=true}, where they fail.
 */
class NotebooksTest {

  private static final Path HERE = Path.of("").toAbsolutePath();
  private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
  private static final Path TARGET = HERE.resolve("target");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The executed copies, committed so that the plots show where the repository is browsed. */
  private static final Path EXECUTED = HERE.resolve("executed");
  private static final boolean REFRESH = "1".equals(System.getenv("NINES_NOTEBOOKS_REFRESH"));

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(HERE)) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  private static void assumeJupyter() {
    boolean ci = "true".equals(System.getenv("CI"));
    if (ci) {
      assertTrue(Files.isExecutable(JUPYTER), "CI needs " + JUPYTER
          + " (Debian: jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib)");
    }
    assumeTrue(Files.isExecutable(JUPYTER), "no " + JUPYTER + ": notebooks not executed");
  }

  @Test
  void theCourseIsThere() throws IOException {
    List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(6, names.size(), "six notebooks: " + names);
    for (int i = 1; i <= 6; i++) {
      String prefix = String.format("%02d-", i);
      assertTrue(names.stream().anyMatch(n -> n.startsWith(prefix)), "notebook " + prefix + "*");
    }
  }

  /** Outputs are never committed: the tests regenerate them into target/executed/. */
  @Test
  void notebooksAreCommittedWithoutOutputs() throws IOException {
    for (Path notebook : notebooks()) {
      JsonNode cells = JSON.readTree(notebook.toFile()).get("cells");
      assertTrue(cells != null && cells.size() > 0, notebook + " has cells");
      for (JsonNode cell : cells) {
        if ("code".equals(cell.get("cell_type").asText())) {
          assertEquals(0, cell.get("outputs").size(), notebook + ": a code cell has outputs");
          assertTrue(cell.get("execution_count").isNull(), notebook + ": an execution count");
        }
      }
    }
  }

  /** Each notebook has its executed copy, of the same cells: the copy shows today's lesson. */
  @Test
  void everyNotebookHasAnExecutedCopyOfItsCells() throws IOException {
    for (Path notebook : notebooks()) {
      Path copy = EXECUTED.resolve(notebook.getFileName());
      assertTrue(Files.isRegularFile(copy), copy + " is missing: " + HOW_TO_REFRESH);
      assertEquals(ExecutedCopies.sources(JSON.readTree(notebook.toFile())),
          ExecutedCopies.sources(JSON.readTree(copy.toFile())),
          copy + " has other cells than " + notebook.getFileName() + ": " + HOW_TO_REFRESH);
    }
  }

  private static final String HOW_TO_REFRESH = "write the executed copies again with "
      + "NINES_NOTEBOOKS_REFRESH=1 mvn -B -pl notebooks -am verify";

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsAndHoldsAgainstTheory() throws IOException {
    return notebooks().stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(),
        () -> execute(nb)));
  }

  private static void execute(Path notebook) throws IOException, InterruptedException {
    assumeJupyter();
    Path jar = Path.of(System.getProperty("nines.jar", "../cli/target/nines.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn -B verify, which packages it "
        + "before these tests");
    Path home = TARGET.resolve("jupyter-home");
    Path executed = TARGET.resolve("executed");
    Path out = TARGET.resolve("notebook-out");
    Files.createDirectories(executed);
    for (String dir : List.of("config", "data", "runtime", "ipython", "matplotlib")) {
      Files.createDirectories(home.resolve(dir));
    }
    Path log = executed.resolve(notebook.getFileName() + ".log");
    ProcessBuilder pb = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook",
        "--execute", "--ExecutePreprocessor.timeout=600", "--output-dir", executed.toString(),
        notebook.toString())
        .directory(HERE.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("NINES", javaCommand() + " -jar " + jar);
    env.put("NINES_OUT", out.toString());
    // Keep Jupyter's, IPython's and matplotlib's state out of $HOME.
    env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
    env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
    env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
    env.put("IPYTHONDIR", home.resolve("ipython").toString());
    env.put("MPLCONFIGDIR", home.resolve("matplotlib").toString());
    env.put("MPLBACKEND", "Agg");
    env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    int status = pb.start().waitFor();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, status, notebook.getFileName() + " failed:\n" + tail(output));
    JsonNode fresh = JSON.readTree(executed.resolve(notebook.getFileName()).toFile());
    Path copy = EXECUTED.resolve(notebook.getFileName());
    if (REFRESH) {
      ExecutedCopies.write(fresh, out, copy);
      return;
    }
    assertTrue(Files.isRegularFile(copy), copy + " is missing: " + HOW_TO_REFRESH);
    List<String> differences = ExecutedCopies.differences(JSON.readTree(copy.toFile()), fresh, out);
    assertTrue(differences.isEmpty(), copy + " is not what " + notebook.getFileName()
        + " gives today (" + HOW_TO_REFRESH + "):\n" + String.join("\n", differences));
  }

  /** The java of this JVM, so the notebooks run nines on the same JDK as the build. */
  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String tail(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
