package dev.nines.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.ChartJson;
import dev.nines.reports.diagram.SystemDiagram;
import dev.nines.scenarios.experiment.Diagnostics;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the HTML report shows, read back from {@code results.json} alone: so {@code nines report DIR}
 * can draw the page again without running anything. A document without the report's keys (the plain
 * {@code --json} output) reads too, with no source, provenance or charts.
 *
 * @param kind what produced the document
 * @param title the scenario's name
 * @param description the scenario's description, "" when none
 * @param confidence the level of the confidence intervals, such as 0.999
 * @param settings the run's settings as label and readable value, in the order shown
 * @param source the scenario's YAML text, "" when not kept
 * @param provenance where the result came from, or null when not kept
 * @param sections the tables of figures, in the order shown
 * @param charts the charts, in the order shown
 * @param structure the block diagram of the scenario's system, or null when the document has none
 * @param answer what the page says first: a sweep's best design, a comparison's overview; null
 *     for a run
 */
public record ReportDocument(Kind kind, String title, String description, double confidence,
    List<Setting> settings, String source, Provenance provenance, List<Section> sections,
    List<Chart> charts, SystemDiagram structure, Answer answer) {

  /** What produced a document, told by the key that holds its figures. */
  public enum Kind {
    /** {@code nines run}: one list of {@code "metrics"}. */
    RUN("metrics"),
    /** {@code nines compare}: {@code "runs"} and {@code "differences"}. */
    COMPARE("runs"),
    /** {@code nines sweep}: {@code "points"} and {@code "best"}. */
    SWEEP("points");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The top-level key whose presence marks this kind. */
    public String key() {
      return key;
    }

    /** "run", "compare". */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One setting: "seed" and "42", "horizon" and "10y". */
  public record Setting(String label, String value) {}

  /** One table: a heading and its figures. */
  public record Section(String heading, List<MetricResult> metrics) {

    public Section {
      Objects.requireNonNull(heading, "heading");
      metrics = List.copyOf(metrics);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public ReportDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    settings = List.copyOf(settings);
    source = source == null ? "" : source;
    sections = List.copyOf(sections);
    charts = List.copyOf(charts);
  }

  /** A document without a block diagram or an answer. */
  public ReportDocument(Kind kind, String title, String description, double confidence,
      List<Setting> settings, String source, Provenance provenance, List<Section> sections,
      List<Chart> charts) {
    this(kind, title, description, confidence, settings, source, provenance, sections, charts,
        null, null);
  }

  /**
   * Reads the text of a {@code results.json}.
   *
   * @throws IllegalArgumentException when it is not JSON, or not a document nines wrote
   */
  public static ReportDocument parse(String resultsJson) {
    JsonNode root;
    try {
      root = MAPPER.readTree(resultsJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr() + ")"), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a nines results document: expected a JSON object");
    }
    Kind kind = kindOf(root);
    List<Section> sections = new ArrayList<>();
    Answer answer = null;
    switch (kind) {
      case RUN:
        sections.add(new Section("Results", metrics(root, "the document")));
        break;
      case COMPARE:
        sections.addAll(comparisonSections(root));
        answer = CompareOverview.read(root);
        break;
      case SWEEP:
        sections.addAll(sweepSections(root));
        answer = SweepAnswer.read(root);
        break;
      default:
        throw new AssertionError(kind);
    }
    double confidence = number(root, "confidence");
    List<Setting> settings = new ArrayList<>();
    settings.add(new Setting("seed", Long.toString(root.path("seed").asLong())));
    settings.add(new Setting("replications", Integer.toString(root.path("replications").asInt())));
    settings.add(new Setting("confidence", Durations.number(100 * confidence) + " %"));
    settings.add(new Setting("horizon", Durations.format(number(root, "horizon"))));
    settings.add(new Setting("warm-up", Durations.format(number(root, "warmup"))));
    if (root.hasNonNull("method")) {
      settings.add(new Setting("method", root.get("method").asText()));
    }
    if (root.path("precision").isObject()) {
      JsonNode p = root.get("precision");
      settings.add(new Setting("precision", p.path("goal").asText() + " of the unavailability"
          + (p.path("met").asBoolean() ? ", met" : ", not met")));
    }
    if (root.hasNonNull("incomplete")) {
      settings.add(new Setting("incomplete", root.get("incomplete").asText()));
    }
    if (kind == Kind.COMPARE && root.hasNonNull("baseline")) {
      settings.add(new Setting("baseline", root.get("baseline").asText()));
    }
    if (answer instanceof SweepAnswer sweep) {
      settings.addAll(sweepSettings(sweep));
    }
    JsonNode provenance = root.get("provenance");
    List<Chart> charts = new ArrayList<>();
    JsonNode chartNodes = root.path("charts");
    if (!chartNodes.isMissingNode() && !chartNodes.isNull() && !chartNodes.isArray()) {
      throw new IllegalArgumentException("\"charts\" must be an array");
    }
    for (JsonNode chart : chartNodes) {
      charts.add(ChartJson.read(chart));
    }
    return new ReportDocument(kind, text(root, "scenario"), root.path("description").asText(""),
        confidence, settings, root.path("source").asText(""),
        provenance == null || provenance.isNull() ? null : Provenance.read(provenance),
        sections, charts, StructureJson.diagram(root, kind, sections), answer);
  }

  /** A sweep's targets, its cost expression and how many of the grid's points it holds. */
  private static List<Setting> sweepSettings(SweepAnswer sweep) {
    List<Setting> settings = new ArrayList<>();
    settings.add(new Setting(sweep.targets().size() > 1 ? "targets" : "target",
        sweep.targets().isEmpty() ? "none" : String.join(" and ", sweep.targets())));
    settings.add(new Setting("cost", sweep.cost() == null ? "none: the first point in the grid"
        + " that meets the targets is the best" : sweep.cost()));
    settings.add(new Setting("points", sweep.sharded()
        ? sweep.points().size() + " of the sweep's " + sweep.gridSize() + " (one shard)"
        : Integer.toString(sweep.points().size())));
    return settings;
  }

  private static Kind kindOf(JsonNode root) {
    for (Kind kind : Kind.values()) {
      if (root.has(kind.key())) {
        return kind;
      }
    }
    List<String> keys = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      keys.add("\"" + kind.key() + "\"");
    }
    throw new IllegalArgumentException("not a nines results document: it has none of "
        + String.join(", ", keys));
  }

  /** A run per balancer and load, then each balancer's difference from the baseline. */
  private static List<Section> comparisonSections(JsonNode root) {
    List<Section> sections = new ArrayList<>();
    for (JsonNode run : array(root, "runs")) {
      String heading = text(run, "balancer") + atLoad(run);
      sections.add(new Section(heading, metrics(run, heading)));
    }
    JsonNode differences = root.path("differences");
    if (!differences.isMissingNode()) {
      for (JsonNode d : array(root, "differences")) {
        String heading = text(d, "balancer") + " − " + text(d, "against") + atLoad(d);
        sections.add(new Section(heading, metrics(d, heading)));
      }
    }
    return sections;
  }

  /** One table per point, headed by its swept values and its verdict. */
  private static List<Section> sweepSections(JsonNode root) {
    List<Section> sections = new ArrayList<>();
    JsonNode best = root.path("best");
    for (JsonNode point : array(root, "points")) {
      List<String> set = new ArrayList<>();
      point.path("set").fields().forEachRemaining(e -> set.add(e.getKey() + " = "
          + (e.getValue().isNumber() ? Durations.number(e.getValue().asDouble())
              : e.getValue().asText())));
      JsonNode meets = point.path("meets");
      String verdict = meets.isBoolean() ? (meets.asBoolean() ? " · meets the targets"
          : " · misses a target") : "";
      boolean isBest = best.isObject() && best.path("index").equals(point.path("index"));
      String heading = String.join(", ", set) + verdict + (isBest ? " · best" : "");
      sections.add(new Section(heading, metrics(point, heading)));
    }
    return sections;
  }

  private static String atLoad(JsonNode node) {
    JsonNode load = node.get("load");
    return load == null || !load.isNumber() ? "" : " at load " + Durations.number(load.asDouble());
  }

  static List<MetricResult> metrics(JsonNode node, String where) {
    JsonNode array = node.get("metrics");
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException(where + ": \"metrics\" must be an array");
    }
    List<MetricResult> metrics = new ArrayList<>();
    for (JsonNode m : array) {
      if (!m.isObject()) {
        throw new IllegalArgumentException(where + ": a metric must be an object, got " + m);
      }
      JsonNode analytic = m.get("analytic");
      JsonNode formula = m.get("formula");
      JsonNode note = m.get("note");
      JsonNode error = m.get("analytic-error");
      metrics.add(new MetricResult(text(m, "scope"), text(m, "name"), text(m, "unit"),
          number(m, "mean"), number(m, "low"), number(m, "high"), m.path("n").asLong(),
          analytic == null || !analytic.isNumber() ? null : analytic.asDouble(),
          formula == null || formula.isNull() ? null : formula.asText(), List.of(),
          note == null || note.isNull() ? null : note.asText(),
          error == null || !error.isNumber() ? 0 : error.asDouble(),
          m.has("relative-error") ? new Diagnostics(number(m, "relative-error"),
              number(m, "effective-sample-size")) : null));
    }
    return metrics;
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\" in " + abbreviate(node));
    }
    return value.asText();
  }

  /** A number, NaN when null or missing. */
  private static double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber() ? Double.NaN : value.asDouble();
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
