package dev.nines.scenarios.sweep;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Block} run on another machine sends back ({@link Block#replicate}), in a form Java
 * serialization (Spark's, for one) can carry: a {@link Serializable} value as it is, and a record
 * that is not serializable (an importance-sampling replication of the engine, whose records are
 * plain data) as its class and its components, each carried the same way, rebuilt where it arrives
 * through its canonical constructor. The rebuilt value equals the one sent, so a sweep's figures
 * are the same wherever its blocks ran.
 */
public final class Portable {

  private Portable() {}

  /** A record's class and its components' values, carried. */
  private record Carried(Class<?> type, Object[] components) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Each value of {@code values} in a carriable form, in order.
   *
   * @throws IllegalArgumentException for a value that is neither serializable nor a record
   */
  public static ArrayList<Object> pack(List<?> values) {
    ArrayList<Object> packed = new ArrayList<>(values.size());
    for (Object v : values) {
      packed.add(pack(v));
    }
    return packed;
  }

  /** The values {@link #pack(List)} carried, rebuilt, in order. */
  public static List<Object> unpack(List<?> packed) {
    List<Object> values = new ArrayList<>(packed.size());
    for (Object p : packed) {
      values.add(unpack(p));
    }
    return values;
  }

  private static Object pack(Object value) {
    if (value == null || value instanceof Serializable) {
      return value;
    }
    Class<?> type = value.getClass();
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is neither serializable nor a record:"
          + " a task cannot send it back to the driver");
    }
    RecordComponent[] parts = type.getRecordComponents();
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        parts[i].getAccessor().setAccessible(true);
        values[i] = pack(parts[i].getAccessor().invoke(value));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + parts[i].getName(),
            e);
      }
    }
    return new Carried(type, values);
  }

  private static Object unpack(Object packed) {
    if (!(packed instanceof Carried carried)) {
      return packed;
    }
    RecordComponent[] parts = carried.type().getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      values[i] = unpack(carried.components()[i]);
    }
    try {
      Constructor<?> canonical = carried.type().getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + carried.type().getName(), e);
    }
  }
}
