package dev.nines.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.Durations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of {@code --set PATH=VALUES}: lists, integer ranges, counted and log-spaced ranges. */
class SweepValuesTest {

  private static List<String> texts(List<Value> values) {
    return values.stream().map(Value::text).toList();
  }

  private static List<Double> numbers(List<Value> values) {
    return values.stream().map(Value::number).toList();
  }

  @Test
  void listOfNumbers() {
    List<Value> values = SweepValues.parse(" 1, 2 ,3 ");
    assertEquals(List.of("1", "2", "3"), texts(values));
    assertEquals(List.of(1.0, 2.0, 3.0), numbers(values));
  }

  @Test
  void listOfDurations() {
    List<Value> values = SweepValues.parse("1h,6h,1d,250ms");
    assertEquals(List.of("1h", "6h", "1d", "250ms"), texts(values));
    assertEquals(List.of(3600.0, 21600.0, 86400.0, 0.25), numbers(values));
  }

  @Test
  void listOfRatesPerSecond() {
    List<Value> values = SweepValues.parse("200/s,360/s,1/2h");
    assertEquals(List.of("200/s", "360/s", "1/2h"), texts(values));
    assertEquals(List.of(200.0, 360.0, 1 / 7200.0), numbers(values));
  }

  @Test
  void listOfNames() {
    List<Value> values = SweepValues.parse("random,round-robin");
    assertEquals(List.of("random", "round-robin"), texts(values));
    assertTrue(values.stream().noneMatch(Value::isNumber));
  }

  @Test
  void singleValue() {
    assertEquals(List.of(new Value("1.0E-4", 1e-4)), SweepValues.parse("1.0E-4"));
  }

  @Test
  void integerRange() {
    List<Value> values = SweepValues.parse("2..8");
    assertEquals(List.of("2", "3", "4", "5", "6", "7", "8"), texts(values));
    assertEquals(8.0, values.get(6).number());
    assertEquals(List.of("-1", "0", "1"), texts(SweepValues.parse("-1..1")));
    assertEquals(SweepValues.MAX_POINTS, SweepValues.parse("1..10000").size());
  }

  @Test
  void countedRangeOfNumbers() {
    assertEquals(List.of("0.5", "1", "1.5", "2"), texts(SweepValues.parse("0.5..2:4")));
    assertEquals(List.of("2", "4", "6"), texts(SweepValues.parse("2..6:3")));
    assertEquals(List.of("-0.1", "0", "0.1", "0.2"), texts(SweepValues.parse("-0.1..0.2:4")));
    List<Value> thirds = SweepValues.parse("0..1:4");
    assertEquals(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0), numbers(thirds));
    for (Value v : thirds) {
      assertEquals(v.number(), Double.parseDouble(v.text()));
    }
  }

  @Test
  void countedRangeOfDurations() {
    List<Value> values = SweepValues.parse("1h..24h:6");
    assertEquals(6, values.size());
    assertEquals(3600, values.get(0).number());
    assertEquals(86400, values.get(5).number());
    assertEquals(List.of("1h", "5.6h", "10.2h", "14.8h", "19.4h", "24h"), texts(values));
    for (int i = 0; i < values.size(); i++) {
      assertEquals(3600 + 16560.0 * i, values.get(i).number(), 1e-9);
      assertRoundTrips(values.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "10m..2h:7 | 600 | 7200",
      "1h..2h:4 | 3600 | 7200",
      "1ms..1s:7 | 0.001 | 1",
      "0..1h:5 | 0 | 3600",
      "1d..1y:13 | 86400 | 31536000",
      "1.5 h..100h:11 | 5400 | 360000",
      "1m..1h:log3 | 60 | 3600",
      "1us..1y:log9 | 1e-6 | 31536000",
  })
  void durationsReadBack(String text, double first, double last) {
    List<Value> values = SweepValues.parse(text);
    assertEquals(first, values.get(0).number(), first * 1e-12);
    assertEquals(last, values.get(values.size() - 1).number(), last * 1e-12);
    for (Value v : values) {
      assertRoundTrips(v);
    }
    for (int i = 1; i < values.size(); i++) {
      assertTrue(values.get(i).number() > values.get(i - 1).number(), values.toString());
    }
  }

  @Test
  void durationTextsAreShortWhenTheyCanBe() {
    assertEquals(List.of("1h", "80m", "100m", "2h"), texts(SweepValues.parse("1h..2h:4")));
    assertEquals(List.of("1d", "7d", "13d"), texts(SweepValues.parse("1d..13d:3")));
    assertEquals(List.of("10m", "65m", "2h"), texts(SweepValues.parse("10m..2h:3")));
    assertEquals(List.of("0s", "30m", "1h"), texts(SweepValues.parse("0..1h:3")));
    List<String> year = texts(SweepValues.parse("1d..1y:13"));
    assertEquals("752h", year.get(1));
    assertTrue(year.subList(1, 12).stream().allMatch(t -> t.endsWith("h")), year.toString());
  }

  @Test
  void logSpacing() {
    List<Value> values = SweepValues.parse("1e-4..1e-1:log4");
    assertEquals(List.of("1e-4", "0.001", "0.01", "1e-1"), texts(values));
    assertEquals(1e-4, values.get(0).number());
    assertEquals(1e-1, values.get(3).number());
    List<Value> odd = SweepValues.parse("2..1000:log7");
    assertEquals(2, odd.get(0).number());
    assertEquals(1000, odd.get(6).number());
    double ratio = odd.get(1).number() / odd.get(0).number();
    for (int i = 1; i < odd.size(); i++) {
      assertEquals(ratio, odd.get(i).number() / odd.get(i - 1).number(), ratio * 1e-9);
      assertEquals(odd.get(i).number(), Double.parseDouble(odd.get(i).text()));
    }
  }

  @Test
  void plainNumbersReadBack() {
    assertEquals("2", SweepValues.plain(2.0).text());
    assertEquals("-3", SweepValues.plain(-3.0).text());
    assertEquals("0.25", SweepValues.plain(0.25).text());
    assertEquals("1.0E-7", SweepValues.plain(1e-7).text());
    assertEquals("1.0E+20", SweepValues.plain(1e20).text());
    assertEquals("1.5E+15", SweepValues.plain(1.5e15).text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "'' | no values",
      "'  ' | no values",
      "1,,3 | empty value in the list '1,,3'",
      "'1,2,' | empty value in the list",
      "1,2,1 | '1' appears twice",
      "'1h,60m' | '60m' appears twice (as '1h')",
      "random,random | 'random' appears twice",
      "'1,2..4' | mixes a list and a range",
      "8..2 | goes down: '2' is below '8'",
      "3..3 | starts and ends at the same value",
      "2h..1h:3 | goes down",
      "..5 | no start before '..'",
      "'2..' | no end after '..'",
      "'2..:3' | no end after '..'",
      "1..2..3 | more than one '..'",
      "a..b | 'a' in the range 'a..b' is neither a number nor a duration",
      "1..5x:3 | '5x' in the range '1..5x:3' is neither a number nor a duration",
      "1h..24h | the range of durations '1h..24h' needs a point count",
      "0.5..2 | steps by 1 between whole numbers only",
      "1..100000 | has 100000 points, more than 10000",
      "1..10:1 | ':1' in '1..10:1' asks for fewer than 2 points",
      "1..10:0 | fewer than 2 points",
      "1..10:20000 | more than 10000 points",
      "1..10:99999999999 | more than 10000 points",
      "1..10:x | ':x' in '1..10:x' is not a point count",
      "1..10:log | ':log' in '1..10:log' is not a point count",
      "'1..10:' | is not a point count",
      "1..10:-3 | is not a point count",
      "1..2h:3 | '1' and '2h' in '1..2h:3' are not of the same kind",
      "0..1:log3 | expected both ends above zero",
      "-1..1:log3 | expected both ends above zero",
      "1e999..2e999:3 | too large",
  })
  void errors(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SweepValues.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  private static void assertRoundTrips(Value v) {
    double seconds = Durations.parse(v.text()).orElseThrow(
        () -> new AssertionError("'" + v.text() + "' is not a duration"));
    assertEquals(v.number(), seconds, Math.abs(v.number()) * 1e-9, v.text());
  }
}
