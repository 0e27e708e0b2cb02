package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.List;

/** The directions a forward sweep differentiates along, given by the tangent each element of the point starts with. */
sealed interface Directions {
  /** The tangent along direction {@code w} of the point's element at {@code position}. */
  Value seed(Builder b, int w, Value position);

  /**
   * Whether direction {@code w} may seed the point's element at {@code position}; false when its seed is the
   * structural zero, so that nothing computed from that element alone gets a tangent along {@code w}.
   */
  boolean reaches(Builder b, int w, Value position);

  /** One direction, an array over the point: the JVP's {@code tangent}, the Hessian–vector product's {@code v}. */
  record Along(Value direction) implements Directions {
    @Override
    public Value seed(Builder b, int w, Value position) {
      return b.arrayLoad(direction, List.of(position));
    }

    @Override
    public boolean reaches(Builder b, int w, Value position) {
      return true;
    }
  }

  /**
   * A chunk of unit vectors e_first … e_(first+width−1), one per column of a Jacobian or Hessian; those past the end of
   * the point are zero, and their columns do not exist. {@code first} is a multiple of the width below n, so an element
   * at a position known at compile time can only be seeded along one direction of the chunk.
   */
  final class Units implements Directions {
    private final Value first;
    private final List<Value> columns = new ArrayList<>();
    private final List<Value> exist = new ArrayList<>();

    /** Computes, with {@code b}, each direction's column {@code first + w} and whether it is below {@code n}. */
    Units(Builder b, Value first, Value n, int width) {
      // when n is known and no larger than the width, the chunk at 0 is the only one
      this.first = b.constantValue(n) instanceof Integer size && size <= width ? b.constant(0) : first;
      for (int w = 0; w < width; w++) {
        Value column = b.rename(b.prim(Primitive.ADD, this.first, b.constant(w)), "column" + w);
        columns.add(column);
        exist.add(b.rename(b.prim(Primitive.LT, column, n), "exists" + w));
      }
    }

    /** The column (or, in reverse mode, the row) of direction {@code w}: {@code first + w}. */
    Value column(int w) {
      return columns.get(w);
    }

    @Override
    public Value seed(Builder b, int w, Value position) {
      Value column = columns.get(w);
      if (!reaches(b, w, position)) {
        return b.zero();
      }
      if (b.constantValue(position) instanceof Integer k) {
        // column = first + w with first a multiple of the width: only the direction w = k mod width can reach k
        column = first;
        position = b.constant(k - w);
      }
      return b.prim(Primitive.SELECT, b.prim(Primitive.EQ, position, column), b.one(), b.zero());
    }

    @Override
    public boolean reaches(Builder b, int w, Value position) {
      return !(b.constantValue(position) instanceof Integer k) || k % columns.size() == w;
    }

    /** The chunk's columns of a caller's matrix, as the tangent arrays of an output along each direction. */
    List<TangentArray> columnsOf(Value matrix) {
      List<TangentArray> out = new ArrayList<>();
      for (int w = 0; w < columns.size(); w++) {
        out.add(new TangentArray.Column(matrix, columns.get(w), exist.get(w)));
      }
      return out;
    }
  }
}
