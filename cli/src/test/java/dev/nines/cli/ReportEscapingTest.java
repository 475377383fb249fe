package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every string a user gives that reaches a report, end to end through the command line: the
 * scenario's name and description, its file name, its text (comments included), sweep targets and
 * costs. Each page and SVG chart must show them as text, never as markup, and each SVG must stay
 * well-formed XML. Names of groups, crews,
 * detectors and standbys cannot carry markup at all: the loader takes identifiers only.
 */
class ReportEscapingTest {

  private static final String HOSTILE = """
      # </code></pre><script>alert('comment')</script>
      name: "<script>alert('name')</script> & co"
      description: "<img src=x onerror=alert('description')> \\"quoted\\" 'single'"
      seed: 3
      horizon: 2m
      replications: 3
      components:
        app: {count: 2, failure: {dist: exponential, mean: 20s}, repair: {dist: exponential, mean: 2s}}
      traffic:
        arrivals: {poisson: 50/s}
        service: {dist: exponential, mean: 10ms}
        servers: app
      system: {atLeast: 1, of: app}
      """;

  private static void assertNoMarkup(Path dir) throws Exception {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(dir)) {
      pages = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg"))
          .toList();
    }
    assertTrue(pages.size() > 1, "a page and charts in " + dir);
    for (Path page : pages) {
      String text = Files.readString(page);
      if (page.toString().endsWith(".svg")) { // an SVG is XML: text with '<' or '&' must be escaped
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml.newDocumentBuilder().parse(page.toFile());
      }
      assertFalse(text.contains("<script"), page + " holds a script");
      assertFalse(text.contains("<img src=x"), page + " holds an injected image");
      assertFalse(text.contains("onerror=alert") && !text.contains("onerror=alert(&#39;")
          && !text.contains("onerror=alert(&apos;") && !text.contains("onerror=alert('"),
          page.toString());
    }
  }

  @Test
  void userTextInRunCompareAndSweepReportsIsEscaped(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("<i>evil<i> & file.yaml"), HOSTILE);

    Path run = dir.resolve("run");
    Cli ran = Cli.run("run", file.toString(), "-o", run.toString());
    assertEquals(0, ran.status(), ran.err());
    assertNoMarkup(run);
    String page = Files.readString(run.resolve("report.html"));
    assertTrue(page.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; co")
        || page.contains("&lt;script&gt;alert('name')&lt;/script&gt; &amp; co"), page);
    assertTrue(page.contains("&lt;img src=x onerror="), page);
    assertTrue(page.contains("&lt;i&gt;evil&lt;i&gt; &amp; file.yaml"), "the file name");
    assertTrue(page.contains("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;"), "the source's comment");

    Path compare = dir.resolve("compare");
    Cli compared = Cli.run("compare", file.toString(), "--balancers", "random,round-robin",
        "-o", compare.toString());
    assertEquals(0, compared.status(), compared.err());
    assertNoMarkup(compare);

    Path sweep = dir.resolve("sweep");
    Cli swept = Cli.run("sweep", file.toString(), "--set", "components.app.count=1..3",
        "--target", "traffic.response-p99<=200ms", "--target", "availability>0.5",
        "--cost", "components.app.count*2", "-o", sweep.toString());
    assertEquals(0, swept.status(), swept.err());
    assertNoMarkup(sweep);
  }

  @Test
  void namesCannotCarryMarkup(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("names.yaml"),
        HOSTILE.replace("  app: {count", "  \"<b>app</b>\": {count"));
    Cli ran = Cli.run("run", file.toString(), "-o", dir.resolve("out").toString());
    assertEquals(2, ran.status(), ran.err());
    assertTrue(ran.err().contains("names.yaml:8:3: components.<b>app</b>: invalid group name"), ran.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
