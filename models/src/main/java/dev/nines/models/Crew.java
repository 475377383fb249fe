package dev.nines.models;

import java.util.Objects;

/** A repair crew: {@code size} repairers shared by the units that name it; waiting units queue FIFO. */
public record Crew(String name, int size) {

  public Crew {
    Objects.requireNonNull(name, "name");
    if (size < 1) {
      throw new IllegalArgumentException("crew " + name + ": size must be at least 1, got " + size);
    }
  }
}
