package dev.nines.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the executed copies keep, and which differences make a copy stale: no Jupyter needed. */
class ExecutedCopiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRATCH = Path.of("/scratch/notebook-out");

  private static JsonNode notebook(String printed, String png, String jvm) throws Exception {
    return JSON.readTree("""
        {"cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# A lesson\\n"]},
          {"cell_type": "code", "execution_count": 1, "source": "print(x)",
           "metadata": {"execution": {"iopub.execute_input": "2026-12-07T23:00:46Z"}},
           "outputs": [
             {"output_type": "stream", "name": "stdout",
              "text": ["nines 0.1.0\\n", "JVM: %s\\n", "%s\\n"]},
             {"output_type": "display_data", "metadata": {},
              "data": {"image/png": "%s", "text/plain": ["<Figure size 900x550 with 1 Axes>"]}}
           ]}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """.formatted(jvm, printed, png));
  }

  @Test
  void theCopyKeepsNoRunTimesNorTheScratchDirectory() throws Exception {
    JsonNode copy = ExecutedCopies.committable(
        notebook("wrote /scratch/notebook-out/01/report.html", "AAAA", "17"), SCRATCH);
    JsonNode cell = copy.get("cells").get(1);
    assertFalse(cell.get("metadata").has("execution"));
    assertEquals("wrote out/01/report.html\n",
        cell.get("outputs").get(0).get("text").get(2).asText());
  }

  @Test
  void aCopyIsCurrentDespiteAnotherJvmOrOtherImageBytes() throws Exception {
    JsonNode committed = ExecutedCopies.committable(notebook("U = 1.5e-4", "AAAA", "17.0.15"),
        SCRATCH);
    assertEquals(List.of(), ExecutedCopies.differences(committed,
        notebook("U = 1.5e-4", "BBBB", "21.0.2"), SCRATCH));
  }

  @Test
  void aCopyIsStaleWhenAPrintedFigureOrASourceChanged() throws Exception {
    JsonNode committed = ExecutedCopies.committable(notebook("U = 1.5e-4", "AAAA", "17"), SCRATCH);
    List<String> figure = ExecutedCopies.differences(committed,
        notebook("U = 1.6e-4", "AAAA", "17"), SCRATCH);
    assertEquals(1, figure.size(), figure.toString());
    assertTrue(figure.get(0).startsWith("cell 2, output 1: the text differs"), figure.get(0));

    JsonNode edited = notebook("U = 1.5e-4", "AAAA", "17");
    ((com.fasterxml.jackson.databind.node.ObjectNode) edited.get("cells").get(0))
        .put("source", "# Another lesson\n");
    assertEquals(List.of("cell 1: its source changed"),
        ExecutedCopies.differences(committed, edited, SCRATCH));
  }
}
