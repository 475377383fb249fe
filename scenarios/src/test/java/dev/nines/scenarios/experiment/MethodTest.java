package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --method}: the four names, and a hint for a wrong one. */
class MethodTest {

  @Test
  void theMethodsAreReadByName() {
    assertEquals(List.of("auto", "crude", "importance", "splitting"), Method.names());
    assertEquals(Method.IMPORTANCE, Method.parse("importance"));
    assertEquals(Method.CRUDE, Method.parse(" Crude "));
  }

  @Test
  void anUnknownMethodListsTheMethodsAndSuggestsTheClosest() {
    IllegalArgumentException bogus = assertThrows(IllegalArgumentException.class,
        () -> Method.parse("bogus"));
    assertEquals("unknown method 'bogus'; the methods are: auto, crude, importance, splitting",
        bogus.getMessage());
    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> Method.parse("spliting"));
    assertEquals("unknown method 'spliting' (did you mean 'splitting'?); the methods are: auto, "
        + "crude, importance, splitting", typo.getMessage());
  }
}
