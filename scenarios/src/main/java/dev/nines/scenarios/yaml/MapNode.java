package dev.nines.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;

/** A YAML mapping whose entries keep the order and the position of their keys. Keys are unique. */
public record MapNode(Position at, String path, List<MapNode.Entry> entries) implements Node {

  /** One {@code key: value} pair; {@code keyAt} is where the key was written. */
  public record Entry(String key, Position keyAt, Node value) {}

  public MapNode {
    entries = List.copyOf(entries);
  }

  /** The entry for {@code key}, or null. */
  public Entry entry(String key) {
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** The value for {@code key}, or null when the key is absent. */
  public Node get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.value();
  }

  /** True when the key is present (even with an empty value). */
  public boolean has(String key) {
    return entry(key) != null;
  }

  /** The keys in the order they were written. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    entries.forEach(e -> keys.add(e.key()));
    return keys;
  }

  @Override
  public String describe() {
    return "a map";
  }
}
