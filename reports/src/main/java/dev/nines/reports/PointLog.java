package dev.nines.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nines.scenarios.sweep.PointResult;
import dev.nines.scenarios.sweep.Sweep;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code DIR/points.jsonl}: a sweep's finished points, one JSON line each, appended and forced to
 * disk as each completes, so nothing finished is lost when a sweep is interrupted. The first line
 * names the sweep by a key (a hash of the scenario text and everything that changes the results);
 * a sweep run again with the same key skips the points the file already holds. A last line cut
 * short by a crash is dropped.
 */
public final class PointLog {

  /** The file's name in the output directory. */
  public static final String FILE = "points.jsonl";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final Map<Integer, PointResult> done;

  private PointLog(Path file, Map<Integer, PointResult> done) {
    this.file = file;
    this.done = done;
  }

  /**
   * Opens the log in {@code dir} for the sweep with this key, reading the points it already holds.
   *
   * @throws IllegalArgumentException when the file belongs to another sweep (another key), or a
   *     line is not a point of this sweep
   */
  public static PointLog open(Path dir, Sweep sweep) throws IOException {
    String header = SweepDefinition.header(sweep);
    Path file = dir.resolve(FILE);
    Map<Integer, PointResult> done = new TreeMap<>();
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      append(file, header + "\n");
      return new PointLog(file, done);
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    boolean complete = text.endsWith("\n");
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(header)) {
      throw new IllegalArgumentException(file + " holds the points of another sweep (another "
          + "scenario, parameters, targets, cost or settings)");
    }
    int whole = complete ? lines.size() : lines.size() - 1;
    StringBuilder kept = new StringBuilder(lines.get(0)).append('\n');
    for (int i = 1; i < whole; i++) {
      JsonNode node = MAPPER.readTree(lines.get(i));
      PointResult point = SweepJson.read(node, sweep);
      done.put(point.point().index(), point);
      kept.append(lines.get(i)).append('\n');
    }
    if (!complete) {
      ReportFiles.write(dir, Map.of(FILE, kept.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return new PointLog(file, done);
  }

  /** The points already finished, by index. */
  public Map<Integer, PointResult> done() {
    return java.util.Collections.unmodifiableMap(done);
  }

  /** Appends a finished point and forces it to disk. */
  public synchronized void append(PointResult point) throws IOException {
    append(file, SweepJson.line(point) + "\n");
    done.put(point.point().index(), point);
  }

  /**
   * A log read whole, for {@code nines merge}: the sweep its first line defines and its points.
   *
   * @throws IllegalArgumentException when it is not a sweep's log
   */
  public static Log read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    Sweep sweep = SweepDefinition.read(lines.get(0));
    Map<Integer, PointResult> points = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      PointResult p = SweepJson.read(MAPPER.readTree(lines.get(i)), sweep);
      points.put(p.point().index(), p);
    }
    return new Log(sweep, points);
  }

  /** A sweep and the points a log holds of it. */
  public record Log(Sweep sweep, Map<Integer, PointResult> points) {}

  private static void append(Path file, String line) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }
}
