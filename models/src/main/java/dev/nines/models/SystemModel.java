package dev.nines.models;

import dev.nines.models.detectors.Detector;
import dev.nines.models.structure.Structure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is simulated: the component groups, in the order they were written, their repair crews, the
 * heartbeat detectors, and the structure that says when the system is up. Checks every reference
 * (groups, crews, detectors), that no {@code atLeast} asks for more units than a group has, that a
 * standby's active group has one unit, that no group belongs to two standbys or quorums, and that
 * every scope name (groups, crews, detectors, standbys, quorums) is distinct.
 */
public record SystemModel(
    List<ComponentGroup> groups, List<Crew> crews, List<Detector> detectors, Structure structure) {

  public SystemModel {
    groups = List.copyOf(groups);
    crews = List.copyOf(crews);
    detectors = List.copyOf(detectors);
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
    Map<String, Detector> detectorsByName = new LinkedHashMap<>();
    for (Detector d : detectors) {
      if (detectorsByName.put(d.name(), d) != null) {
        throw new IllegalArgumentException("duplicate detector " + d.name());
      }
      d.monitors().forEach(g -> requireGroup(g, byName));
    }
    check(structure, byName, detectorsByName.keySet(), new HashMap<>());
    checkScopeNames(groups, crews, detectors, failoverNodes(structure));
  }

  /** A system without detectors. */
  public SystemModel(List<ComponentGroup> groups, List<Crew> crews, Structure structure) {
    this(groups, crews, List.of(), structure);
  }

  /** A system without repair crews or detectors: every unit is repaired at once. */
  public SystemModel(List<ComponentGroup> groups, Structure structure) {
    this(groups, List.of(), List.of(), structure);
  }

  /** The detector with this name. */
  public Detector detector(String name) {
    for (Detector d : detectors) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no detector named " + name);
  }

  /** The groups a detector watches: those it monitors, then the pools of standbys naming it. */
  public List<String> watchedGroups(Detector detector) {
    return watchedGroups(detector, structure);
  }

  /** The groups a detector watches in a structure (null for none): see {@link #watchedGroups}. */
  public static List<String> watchedGroups(Detector detector, Structure root) {
    Set<String> groups = new java.util.LinkedHashSet<>(detector.monitors());
    if (root != null) {
      for (Structure node : failoverNodes(root)) {
        if (node instanceof Structure.Standby s && detector.name().equals(s.detector())) {
          groups.addAll(s.groups());
        }
      }
    }
    return List.copyOf(groups);
  }

  /** The standby and quorum nodes of the structure, depth first, in the order written. */
  public List<Structure> failoverNodes() {
    return failoverNodes(structure);
  }

  private static List<Structure> failoverNodes(Structure root) {
    List<Structure> nodes = new ArrayList<>();
    collectFailover(root, nodes);
    return nodes;
  }

  private static void collectFailover(Structure node, List<Structure> nodes) {
    if (node instanceof Structure.Standby || node instanceof Structure.Quorum) {
      nodes.add(node);
    }
    Structure.partsOf(node).forEach(p -> collectFailover(p, nodes));
  }

  /** The name of a standby or quorum node: the scope of its figures. */
  public static String scopeOf(Structure node) {
    if (node instanceof Structure.Standby s) {
      return s.name();
    } else if (node instanceof Structure.Quorum q) {
      return q.name();
    }
    throw new IllegalArgumentException("not a standby or quorum node: " + node);
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

  private static void check(Structure node, Map<String, ComponentGroup> groups,
      Set<String> detectors, Map<String, String> ownedBy) {
    if (node instanceof Structure.Standby s) {
      for (String name : s.groups()) {
        ComponentGroup g = requireGroup(name, groups);
        if (g.isMarkov() && s.mode() != dev.nines.models.structure.StandbyMode.HOT) {
          throw new IllegalArgumentException("standby " + s.name() + ": markov group " + name
              + " can only be a hot spare");
        }
        own(name, s.name(), ownedBy);
      }
      if (groups.get(s.active()).count() != 1) {
        throw new IllegalArgumentException("standby " + s.name() + ": active group " + s.active()
            + " has " + groups.get(s.active()).count() + " units; it must have one");
      }
      requireDetector(s.detector(), detectors);
    } else if (node instanceof Structure.Quorum q) {
      requireGroup(q.group(), groups);
      own(q.group(), q.name(), ownedBy);
      requireDetector(q.heartbeat(), detectors);
    } else if (node instanceof Structure.Group g) {
      requireGroup(g.name(), groups);
    } else if (node instanceof Structure.AtLeastOfGroup a) {
      ComponentGroup g = requireGroup(a.group(), groups);
      if (a.k() > g.count()) {
        throw new IllegalArgumentException(
            "atLeast " + a.k() + " of " + a.group() + ", which has only " + g.count() + " units");
      }
    } else {
      Structure.partsOf(node).forEach(p -> check(p, groups, detectors, ownedBy));
    }
  }

  /** A group's units can serve one standby or quorum only: it sets their roles and pace. */
  private static void own(String group, String node, Map<String, String> ownedBy) {
    String owner = ownedBy.putIfAbsent(group, node);
    if (owner != null) {
      throw new IllegalArgumentException("group " + group + " belongs to both " + owner + " and "
          + node);
    }
  }

  private static void requireDetector(String name, Set<String> detectors) {
    if (name != null && !detectors.contains(name)) {
      throw new IllegalArgumentException("unknown detector " + name);
    }
  }

  private static void checkScopeNames(List<ComponentGroup> groups, List<Crew> crews,
      List<Detector> detectors, List<Structure> nodes) {
    Set<String> names = new HashSet<>();
    names.add("system");
    List<String> all = new ArrayList<>();
    groups.forEach(g -> all.add(g.name()));
    crews.forEach(c -> all.add(c.name()));
    detectors.forEach(d -> all.add(d.name()));
    nodes.forEach(n -> all.add(scopeOf(n)));
    for (String name : all) {
      if (!names.add(name)) {
        throw new IllegalArgumentException("two scopes are named " + name
            + " (system, groups, crews, detectors, standbys and quorums each need their own name)");
      }
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
