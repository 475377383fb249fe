package dev.nines.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text of a scenario file: at most {@link #MAX_SIZE} bytes of UTF-8. Whatever the path
 * leads to (nothing, a directory, a file nines may not read, a huge file, a device that never ends,
 * bytes that are not UTF-8) ends in a text or in a {@link ScenarioException} that says what is
 * wrong, never in another exception or in reading without end.
 */
final class ScenarioText {

  /**
   * The largest scenario file read, in bytes (and the longest text, in characters): a scenario is a
   * few kilobytes of YAML, so 1 MiB leaves room for long empirical samples while a file given by
   * mistake (a log, a data dump) is refused before it is parsed, which would take long.
   */
  static final int MAX_SIZE = 1 << 20;

  static final String TOO_LARGE_HINT = "a scenario is a few kilobytes of YAML: is it the right "
      + "file? Summarise long data, such as empirical values, by a fitted distribution";

  private ScenarioText() {}

  /** The file's text, decoded as UTF-8. */
  static String read(Path file) throws ScenarioException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw single(name, "this is a directory, not a scenario file",
          "name a .yaml file, e.g. " + file.resolve("scenario.yaml"));
    }
    byte[] bytes;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_SIZE) {
        throw single(name, "the file holds " + Files.size(file) + " bytes, more than the limit of "
            + MAX_SIZE + " (1 MiB) for a scenario", TOO_LARGE_HINT);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_SIZE + 1); // a device or a growing file stops here too
      }
    } catch (NoSuchFileException e) {
      throw single(name, "no such file", null);
    } catch (AccessDeniedException e) {
      throw single(name, "cannot read the file: permission denied",
          "check the file's permissions, e.g. chmod a+r " + name);
    } catch (IOException e) {
      throw single(name, "cannot read the file: " + e.getMessage(), null);
    }
    if (bytes.length > MAX_SIZE) {
      throw single(name, "the file holds more than " + MAX_SIZE + " bytes, the limit (1 MiB) for "
          + "a scenario", TOO_LARGE_HINT);
    }
    return decode(bytes, name);
  }

  /** The bytes as UTF-8 text; a problem at the first byte that is not UTF-8. */
  private static String decode(byte[] bytes, String name) throws ScenarioException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(bytes, in.position(), name);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Where the bad byte is, as a line and a column counted in characters (the line is UTF-8 so far). */
  private static ScenarioException notUtf8(byte[] bytes, int bad, String name) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
    String hex = String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF);
    return new ScenarioException(List.of(new Problem(name, line, column, "",
        "the file is not UTF-8 text: byte " + hex + " is not valid UTF-8",
        "save the file as UTF-8; Latin-1 and Windows-1252 are not")));
  }

  /** A problem of the file as a whole. */
  static ScenarioException single(String file, String message, String hint) {
    return new ScenarioException(List.of(new Problem(file, 0, 0, "", message, hint)));
  }
}
