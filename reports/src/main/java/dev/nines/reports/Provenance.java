package dev.nines.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a result came from, kept in {@code results.json} under {@code "provenance"}: the scenario
 * file and the SHA-256 of its text, the seed and replications, the nines version and the JDK. With
 * them a run can be repeated and checked to give the same numbers.
 *
 * @param scenarioFile the scenario file as given on the command line
 * @param scenarioSha256 the SHA-256 of the scenario file's bytes, in lower-case hex
 * @param version the nines version, such as {@code 0.1.0-SNAPSHOT}
 * @param jdk the Java runtime, as {@link #currentJdk()} gives it
 */
public record Provenance(String scenarioFile, String scenarioSha256, long seed, int replications,
    String version, String jdk) {

  public Provenance {
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    Objects.requireNonNull(scenarioSha256, "scenarioSha256");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(jdk, "jdk");
  }

  /** The provenance of a run of this scenario text, on this JDK. */
  public static Provenance of(String scenarioFile, String scenarioText, long seed,
      int replications, String version) {
    return new Provenance(scenarioFile, sha256(scenarioText.getBytes(StandardCharsets.UTF_8)),
        seed, replications, version, currentJdk());
  }

  /** The SHA-256 of the bytes, in lower-case hex (64 characters). */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** This JVM: {@code java.runtime.version} and {@code java.vendor}, as "17.0.15+6 (Debian)". */
  public static String currentJdk() {
    return System.getProperty("java.runtime.version", "unknown") + " ("
        + System.getProperty("java.vendor", "unknown") + ")";
  }

  /** The {@code "provenance"} object. */
  void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("scenario-file", scenarioFile);
    json.writeStringField("scenario-sha256", scenarioSha256);
    json.writeNumberField("seed", seed);
    json.writeNumberField("replications", replications);
    json.writeStringField("version", version);
    json.writeStringField("jdk", jdk);
    json.writeEndObject();
  }

  /** Reads a {@code "provenance"} object; missing strings read as "". */
  static Provenance read(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("\"provenance\" must be an object");
    }
    return new Provenance(node.path("scenario-file").asText(""),
        node.path("scenario-sha256").asText(""), node.path("seed").asLong(),
        node.path("replications").asInt(), node.path("version").asText(""),
        node.path("jdk").asText(""));
  }
}
