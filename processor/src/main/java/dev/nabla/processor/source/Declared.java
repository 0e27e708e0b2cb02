package dev.nabla.processor.source;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A parameter as the method declares it: {@code point} is its type when it is a point object ({@link PointRecords}),
 * whose parts are its IR {@code parameters} in order ({@code rebuilds} when new objects made from parts have those
 * parts, see {@link PointRecords#rebuilds}), and null for one that is its own single IR parameter.
 */
public record Declared(String name, TypeElement point, boolean rebuilds, List<Parameter> parameters) {
  public Declared {
    parameters = List.copyOf(parameters);
  }

  /** Whether the generated adapters bind it as a constant: none of its parts is in the point. */
  public boolean passive() {
    return parameters.stream().noneMatch(Parameter::differentiable);
  }
}
