package dev.nines.reports.charts;

/**
 * Puts AWT in headless mode before its first use, so charts render on servers and in CI without a
 * display. AWT reads the property once, on first use, so every class of this package that touches
 * AWT calls {@link #ensure()} from its static initializer. An explicit setting is left alone.
 */
final class Headless {

  private static final String PROPERTY = "java.awt.headless";

  static {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "true");
    }
  }

  private Headless() {}

  /** Does nothing itself: loading this class sets the property. */
  static void ensure() {
    // The static initializer above has run by now.
  }
}
