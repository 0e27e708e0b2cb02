package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Value;
import java.util.List;

/** Where the tangents of an array's elements along one direction live, and how forward mode reads and writes them. */
sealed interface TangentArray {
  /** The tangent of {@code array[index...]}. */
  Value load(Builder b, List<Value> index);

  /** Sets the tangent of {@code array[index...]}. */
  void store(Builder b, List<Value> index, Value tangent);

  /** Adds to the tangent of {@code array[index...]}. */
  void add(Builder b, List<Value> index, Value tangent);

  /** An array of the tangents, indexed like the array: a local array's own, or a caller's output such as hv. */
  record Local(Value array) implements TangentArray {
    @Override
    public Value load(Builder b, List<Value> index) {
      return b.arrayLoad(array, index);
    }

    @Override
    public void store(Builder b, List<Value> index, Value tangent) {
      b.arrayStore(array, index, tangent);
    }

    @Override
    public void add(Builder b, List<Value> index, Value tangent) {
      b.arrayAdd(array, index, tangent);
    }
  }

  /** An array of the point: its elements' tangents are the direction's seeds at their positions in the point. */
  record Seeded(Point point, Directions directions, int direction, Value parameter) implements TangentArray {
    @Override
    public Value load(Builder b, List<Value> index) {
      return directions.seed(b, direction, point.position(b, parameter, index));
    }

    @Override
    public void store(Builder b, List<Value> index, Value tangent) {
      throw new IllegalStateException("writes to the point are rejected before differentiation");
    }

    @Override
    public void add(Builder b, List<Value> index, Value tangent) {
      throw new IllegalStateException("writes to the point are rejected before differentiation");
    }
  }

  /**
   * Column {@code column} of a caller's matrix, for an output that is written but never read: element i goes to
   * {@code matrix[i][column]}, and only when the column {@code exists} (a chunk's last directions may lie past n).
   */
  record Column(Value matrix, Value column, Value exists) implements TangentArray {
    @Override
    public Value load(Builder b, List<Value> index) {
      throw new IllegalStateException("outputs written in place are never read");
    }

    @Override
    public void store(Builder b, List<Value> index, Value tangent) {
      b.beginBlock();
      b.arrayStore(matrix, List.of(index.get(0), column), tangent);
      b.ifThenElse(exists, b.endBlock(), Block.EMPTY);
    }

    @Override
    public void add(Builder b, List<Value> index, Value tangent) {
      b.beginBlock();
      b.arrayAdd(matrix, List.of(index.get(0), column), tangent);
      b.ifThenElse(exists, b.endBlock(), Block.EMPTY);
    }
  }
}
