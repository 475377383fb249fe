package dev.nines.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the tests, from the Debian packages ({@code chromium},
 * {@code chromium-driver}). Both binaries are named explicitly, so Selenium Manager never looks for
 * or downloads a browser or driver. Without them a test is skipped, except on CI ({@code CI=true}),
 * where it fails: CI must have them ({@code .ci/run} installs them).
 */
final class Chromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Selenium warns that it has no DevTools bindings for this Chromium: the tests use none. */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Starts a headless browser, or skips (fails on CI) the calling test when there is none. */
  static Chromium start() {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String missing = "headless Chromium needs " + BROWSER + " and " + DRIVER
          + " (Debian: apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail(missing + "; CI must have them: .ci/run installs them");
      }
      Assumptions.assumeTrue(false, missing + "; skipped");
    }
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--allow-file-access-from-files", "--window-size=1280,1024");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    // Leave an alert open, so that alertOpen() can see it, instead of dismissing it silently.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Chromium(driver);
  }

  /** Opens a file from disk and waits for it to load. */
  void open(Path file) {
    driver.get(file.toAbsolutePath().toUri().toString());
  }

  /** Whether a JavaScript alert (or confirm, or prompt) is open. Ask this first after loading. */
  boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** The console's errors and warnings since the last call, as "LEVEL message". */
  List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      Level level = entry.getLevel();
      if (level.intValue() >= Level.WARNING.intValue()) {
        problems.add(level + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /** How many images the page has. */
  long images() {
    return (Long) driver.executeScript("return document.images.length;");
  }

  /** Whether every image has loaded and decoded: complete, with a natural width above 0. */
  boolean imagesLoaded() {
    return (Boolean) driver.executeScript(
        "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0);");
  }

  /** The text a reader sees on the page. */
  String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Whether an element matches the CSS selector. */
  boolean exists(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  /** How many elements match the CSS selector. */
  int count(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).size();
  }

  /** The text of the first element matching the CSS selector (SVG text too), "" when none does. */
  String textContent(String cssSelector) {
    return (String) driver.executeScript(
        "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';",
        cssSelector);
  }

  /** The width in CSS pixels the first element matching the selector is drawn at; 0 when none. */
  double width(String cssSelector) {
    Object w = driver.executeScript("const e = document.querySelector(arguments[0]);"
        + " return e ? e.getBoundingClientRect().width : 0;", cssSelector);
    return ((Number) w).doubleValue();
  }

  /**
   * A number the page computes: {@code javascript} is the body of a function that returns it, such
   * as {@code return document.querySelector('#best').getBoundingClientRect().top;}.
   */
  double number(String javascript) {
    return ((Number) driver.executeScript(javascript)).doubleValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
