package dev.nines.reports;

import dev.nines.reports.charts.Chart;
import dev.nines.reports.charts.ChartImages;
import dev.nines.reports.diagram.BlockDiagram;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of a report directory, written whole or not at all: every file first goes to a
 * temporary file beside its target, and only when all of them are written (a full disk fails
 * here) are they moved into place, each atomically where the file system can. A reader never sees
 * half a file, and a report that cannot be written leaves the previous one as it was.
 *
 * <pre>
 * DIR/results.json         what nines run found, with the charts as data
 * DIR/replications.csv     per-replication values
 * DIR/charts/ID.png, .svg  each chart, drawn from results.json
 * DIR/charts/structure.svg the block diagram of the system, drawn from results.json
 * DIR/report.html          the page, written last
 * </pre>
 */
public final class ReportFiles {

  /** The document every report is drawn from. */
  public static final String RESULTS = "results.json";
  /** The page. */
  public static final String PAGE = "report.html";
  /** The folder of the chart files. */
  public static final String CHARTS = "charts";

  private static final AtomicLong COUNTER = new AtomicLong();

  private ReportFiles() {}

  /**
   * Writes each file (a path relative to {@code dir}, with "/" between folders), creating folders
   * as needed: all to temporary files first, then each moved into place in the map's order.
   *
   * @return the files written, in order
   * @throws IOException naming the file that could not be written; when one cannot be written,
   *     none is moved into place and the temporary files are removed
   * @throws IllegalArgumentException for an absolute path or one that leaves {@code dir}
   */
  public static List<Path> write(Path dir, Map<String, byte[]> files) throws IOException {
    List<Path> targets = new ArrayList<>();
    for (String relative : files.keySet()) {
      targets.add(resolve(dir, relative));
    }
    List<Path> staged = new ArrayList<>();
    try {
      int i = 0;
      for (byte[] bytes : files.values()) {
        staged.add(stage(targets.get(i++), bytes));
      }
      for (i = 0; i < targets.size(); i++) {
        moveIntoPlace(staged.get(i), targets.get(i));
        staged.set(i, null);
      }
      return targets;
    } finally {
      for (Path temp : staged) {
        if (temp != null) {
          try {
            Files.deleteIfExists(temp);
          } catch (IOException ignored) {
            // the write failed already; that is the error to report
          }
        }
      }
    }
  }

  /** Whether {@code name}, in a report directory, is a file nines writes there. */
  public static boolean isOurs(String name) {
    return name.equals(RESULTS) || name.equals(PAGE) || name.equals("replications.csv")
        || name.equals("points.jsonl") || name.equals(CHARTS)
        || (name.startsWith(".") && name.endsWith(".tmp"));
  }

  /**
   * The files and folders of {@code dir} that nines did not write (charts/ may hold only chart
   * images and temporary files); empty when {@code dir} does not exist.
   */
  public static List<Path> foreign(Path dir) throws IOException {
    List<Path> foreign = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return foreign;
    }
    try (var listing = Files.list(dir)) {
      for (Path p : listing.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!isOurs(name) || (name.equals(CHARTS) != Files.isDirectory(p))) {
          foreign.add(p);
        }
      }
    }
    Path charts = dir.resolve(CHARTS);
    if (Files.isDirectory(charts)) {
      try (var listing = Files.list(charts)) {
        for (Path p : listing.sorted().toList()) {
          String name = p.getFileName().toString();
          if (!(name.matches("[a-z0-9][a-z0-9-]*\\.(png|svg)") && Files.isRegularFile(p))
              && !(name.startsWith(".") && name.endsWith(".tmp"))) {
            foreign.add(p);
          }
        }
      }
    }
    return foreign;
  }

  /**
   * Draws the report in {@code dir} again from its {@code results.json} alone: every chart as
   * {@code charts/ID.png} and {@code charts/ID.svg}, then {@code report.html}.
   *
   * @return the files written, the page last
   * @throws IOException when results.json cannot be read or a file cannot be written; the message
   *     names the file
   * @throws IllegalArgumentException when results.json is not a nines results document; the message
   *     names the file
   */
  public static List<Path> render(Path dir) throws IOException {
    Path results = dir.resolve(RESULTS);
    String text;
    try {
      text = Files.readString(results, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(results.toString(), null, "no such file");
    } catch (CharacterCodingException e) {
      throw new IOException(results + ": not UTF-8 text", e);
    }
    ReportDocument doc;
    try {
      doc = ReportDocument.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(results + ": " + e.getMessage(), e);
    }
    return drawn(dir, files(doc));
  }

  /**
   * Writes a whole report: {@code results.json} and {@code replications.csv} (when not null), then the charts and
   * the page drawn from that results.json, exactly as {@link #render} would draw them. Everything
   * is drawn before the first file is written, so a document that cannot be drawn changes nothing.
   *
   * @return the files written, the page last
   */
  public static List<Path> writeReport(Path dir, String resultsJson, String replicationsCsv)
      throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(RESULTS, resultsJson.getBytes(StandardCharsets.UTF_8));
    if (replicationsCsv != null) {
      files.put("replications.csv", replicationsCsv.getBytes(StandardCharsets.UTF_8));
    }
    files.putAll(files(ReportDocument.parse(resultsJson)));
    return drawn(dir, files);
  }

  /**
   * Writes the files, then removes the chart files of an earlier report in the same directory that
   * this one does not have, so charts/ holds this report's charts only.
   */
  private static List<Path> drawn(Path dir, Map<String, byte[]> files) throws IOException {
    List<Path> written = write(dir, files);
    Path charts = dir.resolve(CHARTS);
    if (Files.isDirectory(charts)) {
      try (var listing = Files.list(charts)) {
        for (Path old : listing.toList()) {
          String name = old.getFileName().toString();
          if (name.matches("[a-z0-9][a-z0-9-]*\\.(png|svg)")
              && !files.containsKey(CHARTS + "/" + name)) {
            Files.delete(old);
          }
        }
      } catch (IOException e) {
        throw new IOException("cannot tidy " + charts + ": " + reason(e), e);
      }
    }
    return written;
  }

  /**
   * The drawn files of a document, in the order to write them: {@code charts/ID.png} and
   * {@code charts/ID.svg} of each chart, {@code charts/structure.svg} (the block diagram, when the
   * document has its structure), then {@code report.html}. {@code nines run} writes these
   * after its {@code results.json} and {@code replications.csv}.
   */
  public static Map<String, byte[]> files(ReportDocument doc) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    for (Chart chart : doc.charts()) {
      byte[] png = ChartImages.png(chart);
      pngs.put(chart.id(), png);
      files.put(CHARTS + "/" + chart.id() + ".png", png);
      files.put(CHARTS + "/" + chart.id() + ".svg",
          ChartImages.svg(chart).getBytes(StandardCharsets.UTF_8));
    }
    if (doc.structure() != null) {
      files.put(CHARTS + "/" + BlockDiagram.FILE,
          BlockDiagram.svg(doc.structure()).getBytes(StandardCharsets.UTF_8));
    }
    files.put(PAGE, ReportPage.html(doc, pngs).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static Path resolve(Path dir, String relative) {
    Path path = Path.of(relative);
    if (relative.isEmpty() || path.isAbsolute() || !path.normalize().equals(path)
        || path.startsWith("..")) {
      throw new IllegalArgumentException("not a plain relative path: " + relative);
    }
    return dir.resolve(path);
  }

  /** Writes the bytes, forced to disk, to a new temporary file beside the target. */
  private static Path stage(Path target, byte[] bytes) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = createTemp(folder, target.getFileName().toString());
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Path staged = temp;
      temp = null;
      return staged;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write failed already; that is the error to report
        }
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    }
  }

  /**
   * A new, empty, hidden file {@code .NAME.PID-N.tmp} in the folder, with the permissions a plain new
   * file gets (a temp file from {@link Files#createTempFile} would be private to its owner).
   */
  private static Path createTemp(Path folder, String name) throws IOException {
    String prefix = "." + name + "." + ProcessHandle.current().pid() + "-";
    while (true) {
      Path temp = folder.resolve(prefix + COUNTER.incrementAndGet() + ".tmp");
      try {
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        // left by another process with our pid long ago: try the next number
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
