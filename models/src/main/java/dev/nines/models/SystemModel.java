package dev.nines.models;

import dev.nines.models.structure.Structure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is simulated: the component groups, in the order they were written, and the structure that
 * says when the system is up. Checks that every group the structure names exists and that no
 * {@code atLeast} asks for more units than a group has.
 */
public record SystemModel(List<ComponentGroup> groups, List<Crew> crews, Structure structure) {

  public SystemModel {
    groups = List.copyOf(groups);
    crews = List.copyOf(crews);
    Objects.requireNonNull(structure, "structure");
    Map<String, Crew> crewsByName = new LinkedHashMap<>();
    for (Crew c : crews) {
      if (crewsByName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("duplicate crew " + c.name());
      }
    }
    for (ComponentGroup g : groups) {
      if (g.crew() != null && !crewsByName.containsKey(g.crew())) {
        throw new IllegalArgumentException("group " + g.name() + " names unknown crew " + g.crew());
      }
    }
    Map<String, ComponentGroup> byName = new LinkedHashMap<>();
    for (ComponentGroup g : groups) {
      if (byName.put(g.name(), g) != null) {
        throw new IllegalArgumentException("duplicate group " + g.name());
      }
    }
    check(structure, byName);
  }

  /** A system without repair crews: every unit is repaired at once. */
  public SystemModel(List<ComponentGroup> groups, Structure structure) {
    this(groups, List.of(), structure);
  }

  /** The crew with this name. */
  public Crew crew(String name) {
    for (Crew c : crews) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no crew named " + name);
  }

  /** The groups whose units this crew repairs, in the order written. */
  public List<ComponentGroup> groupsOf(Crew crew) {
    return groups.stream().filter(g -> crew.name().equals(g.crew())).toList();
  }

  public ComponentGroup group(String name) {
    for (ComponentGroup g : groups) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no group named " + name);
  }

  private static void check(Structure node, Map<String, ComponentGroup> groups) {
    if (node instanceof Structure.Group g) {
      requireGroup(g.name(), groups);
    } else if (node instanceof Structure.AtLeastOfGroup a) {
      ComponentGroup g = requireGroup(a.group(), groups);
      if (a.k() > g.count()) {
        throw new IllegalArgumentException(
            "atLeast " + a.k() + " of " + a.group() + ", which has only " + g.count() + " units");
      }
    } else {
      Structure.partsOf(node).forEach(p -> check(p, groups));
    }
  }

  private static ComponentGroup requireGroup(String name, Map<String, ComponentGroup> groups) {
    ComponentGroup g = groups.get(name);
    if (g == null) {
      throw new IllegalArgumentException("unknown group " + name);
    }
    return g;
  }
}
