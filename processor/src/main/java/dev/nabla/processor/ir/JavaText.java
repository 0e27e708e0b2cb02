package dev.nabla.processor.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Java source kept as written: {@code pieces} of the user's text with the method's values {@code args} between them
 * ({@code pieces} has one element more than {@code args}), so that the generated code runs it with each value spelled
 * by its own name.
 */
public record JavaText(List<String> pieces, List<Value> args) {
  public JavaText {
    pieces = List.copyOf(pieces);
    args = List.copyOf(args);
    if (pieces.size() != args.size() + 1) {
      throw new IllegalArgumentException(pieces.size() + " pieces around " + args.size() + " values");
    }
  }

  /** Text without values. */
  public static JavaText of(String text) {
    return new JavaText(List.of(text), List.of());
  }

  /** This text followed by {@code next}. */
  public JavaText then(JavaText next) {
    List<String> joined = new ArrayList<>(pieces.subList(0, pieces.size() - 1));
    joined.add(pieces.get(pieces.size() - 1) + next.pieces.get(0));
    joined.addAll(next.pieces.subList(1, next.pieces.size()));
    List<Value> values = new ArrayList<>(args);
    values.addAll(next.args);
    return new JavaText(joined, values);
  }

  /** This text followed by {@code next}, which holds no values. */
  public JavaText then(String next) {
    return then(of(next));
  }

  /** The same text around other values: a copy's. */
  public JavaText with(List<Value> newArgs) {
    return new JavaText(pieces, newArgs);
  }

  /** The Java text, each value spelled by {@code name}. */
  public String spell(Function<Value, String> name) {
    return join(pieces, args.stream().map(name).toList());
  }

  /** The pieces with the {@code names} of their values between them. */
  public static String join(List<String> pieces, List<String> names) {
    StringBuilder text = new StringBuilder(pieces.get(0));
    for (int i = 0; i < names.size(); i++) {
      text.append(names.get(i)).append(pieces.get(i + 1));
    }
    return text.toString();
  }
}
