package dev.nines.models.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.units.StateListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {

  @Test
  void twoOfThreeGoesDownAtTheSecondFailureAndUpAtTheFirstRepair() {
    Gate gate = new Gate(2, 3);
    List<String> changes = new ArrayList<>();
    gate.addListener((t, up) -> changes.add(t + ":" + up));
    gate.changed(1, false);
    assertTrue(gate.isUp());
    gate.changed(2, false);
    assertFalse(gate.isUp());
    gate.changed(3, false);
    gate.changed(4, true);
    assertFalse(gate.isUp());
    gate.changed(5, true);
    assertTrue(gate.isUp());
    assertEquals(List.of("2.0:false", "5.0:true"), changes);
  }

  @Test
  void rejectsImpossibleGatesAndCounts() {
    assertThrows(IllegalArgumentException.class, () -> new Gate(0, 3));
    assertThrows(IllegalArgumentException.class, () -> new Gate(4, 3));
    Gate gate = new Gate(1, 1);
    assertThrows(IllegalStateException.class, () -> gate.changed(0, true));
  }

  @Test
  void inputsThatStartDownAreNotFailures() {
    Gate gate = new Gate(2, 3);
    List<String> changes = new ArrayList<>();
    gate.addListener(new StateListener() {
      @Override
      public void changed(double time, boolean up) {
        changes.add(time + ":" + up);
      }

      @Override
      public void startsDown(double time) {
        changes.add(time + ":starts down");
      }
    });
    gate.startsDown(0);
    assertTrue(gate.isUp());
    gate.startsDown(0);
    assertFalse(gate.isUp());
    gate.changed(3, true);
    assertEquals(List.of("0.0:starts down", "3.0:true"), changes);
  }
}
