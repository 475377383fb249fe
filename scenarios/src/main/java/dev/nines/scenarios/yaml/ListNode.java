package dev.nines.scenarios.yaml;

import java.util.List;

/** A YAML sequence. */
public record ListNode(Position at, String path, List<Node> items) implements Node {

  public ListNode {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
