package dev.nabla.processor.codegen;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * The names of one generated method: those its wrapper and body declare are reserved; a user's parameter keeps its
 * name, with {@code _} appended while it is taken; an IR value is named after its hint, with a counter on collision
 * ({@code x}, {@code x2}; after a trailing digit with a separator, {@code xDot1}, {@code xDot1_2}).
 */
public final class NameAllocator {
  private final Map<String, Integer> taken;

  /** An allocator with {@code reserved} and the names emitted bodies declare (the tape, the spill arrays) taken. */
  public NameAllocator(Collection<String> reserved) {
    taken = new HashMap<>();
    reserved.forEach(this::reserve);
    MethodSplitter.DECLARED_NAMES.forEach(this::reserve);
  }

  private NameAllocator(Map<String, Integer> taken) {
    this.taken = new HashMap<>(taken);
  }

  /** An allocator for another method, with the names taken so far taken there too. */
  public NameAllocator copy() {
    return new NameAllocator(taken);
  }

  /** The name a user's parameter gets: its own, with {@code _} appended while that is taken. */
  public String parameter(String name) {
    String free = name;
    while (taken.putIfAbsent(free, 1) != null) {
      free = free + "_";
    }
    return free;
  }

  /** Takes {@code name}, which the method declares itself. */
  void reserve(String name) {
    taken.putIfAbsent(name, 1);
  }

  /** A new name after {@code hint}: the hint's identifier characters, numbered if taken. */
  String fresh(String hint) {
    String base = hint.replaceAll("[^A-Za-z0-9_]", "");
    if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0)) || SourceVersion.isKeyword(base)) {
      base = "t" + base;
    }
    // a counter after a trailing digit gets a separator, so that the second xDot1 is xDot1_2, not xDot12
    String separator = Character.isDigit(base.charAt(base.length() - 1)) ? "_" : "";
    while (true) {
      int n = taken.merge(base, 1, Integer::sum);
      String candidate = n == 1 ? base : base + separator + n;
      if (n == 1 || !taken.containsKey(candidate)) {
        taken.put(candidate, 1);
        return candidate;
      }
    }
  }
}
