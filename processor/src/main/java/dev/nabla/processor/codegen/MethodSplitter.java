package dev.nabla.processor.codegen;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Keeps generated methods JIT-compilable: HotSpot does not compile methods over 8,000 bytes of bytecode, so a body
 * estimated larger is cut, between top-level statements, into parts emitted as private methods called in sequence.
 * Values and slots live across parts travel in small spill arrays; the tape is shared.
 */
public final class MethodSplitter {
  /** The estimated bytecode size a part may reach; well under the 8,000-byte limit, since estimates are rough. */
  static final int PART_BUDGET = 3500;

  /** The generated class's nested {@code Tape}. */
  private static final TypeName TAPE = com.squareup.javapoet.ClassName.get("", "Tape");

  /** The names an emitted body declares beside its method's parameters: the tape and the spill arrays. */
  static final Set<String> DECLARED_NAMES = Set.of("tape", "spilledDoubles", "spilledInts", "spilledArrays");

  /**
   * The emitted body, the private methods holding its parts (none when it fits in one method), and whether they use
   * the generated {@code Tape} class.
   */
  public record Emitted(CodeBlock body, List<MethodSpec> parts, boolean usesTape) {}

  private MethodSplitter() {}

  /**
   * Emits {@code f} as the body of a method with the given parameters, split into parts when it is too large; each
   * part names its locals with a copy of the method's {@code allocator}, and reads hidden fields through
   * {@code handles}.
   */
  public static Emitted emit(Function f, String methodName, List<ParameterSpec> parameters,
      List<String> irParameterNames, TypeName returns, NameAllocator allocator, FieldHandles handles) {
    List<Stmt> top = f.body().stmts();
    // a method that always throws is not split: the parts after the throw would be unreachable code
    if (estimate(top) <= PART_BUDGET || top.stream().anyMatch(Statements::neverCompletes)) {
      return new Emitted(JavaEmitter.body(f, irParameterNames, allocator, handles), List.of(), JavaEmitter.usesTape(f));
    }
    List<List<Stmt>> parts = partition(top);
    Map<Value, Integer> valueIndex = new LinkedHashMap<>();
    Map<Slot, Integer> slotIndex = new LinkedHashMap<>();
    int[] counts = new int[3];
    List<Set<Value>> definedIn = new ArrayList<>();
    List<Set<Object>> usedIn = new ArrayList<>();
    for (List<Stmt> part : parts) {
      Set<Value> defined = new LinkedHashSet<>();
      for (Stmt s : part) {
        if (s instanceof Stmt.Let let && !(let.op() instanceof Op.Param)) {
          defined.add(let.result());
        }
      }
      definedIn.add(defined);
      Set<Object> used = new LinkedHashSet<>();
      uses(part, used);
      usedIn.add(used);
    }
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        for (Object u : usedIn.get(j)) {
          if (u instanceof Value v && definedIn.get(i).contains(v) && !valueIndex.containsKey(v)) {
            valueIndex.put(v, counts[kind(v.type())]++);
          }
          if (u instanceof Slot s && usedIn.get(i).contains(s) && !slotIndex.containsKey(s)) {
            slotIndex.put(s, counts[kind(s.type())]++);
          }
        }
      }
    }
    List<MethodSpec> methods = new ArrayList<>();
    // the spill buffers come with this thread's tape, so that calls allocate nothing once they have grown
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("Tape tape = Tape.acquire()")
        .beginControlFlow("try")
        .addStatement("double[] spilledDoubles = tape.spilledDoubles($L)", counts[0])
        .addStatement("long[] spilledInts = tape.spilledInts($L)", counts[1])
        .addStatement("Object[] spilledArrays = tape.spilledArrays($L)", counts[2]);
    List<String> arguments = new ArrayList<>();
    parameters.forEach(p -> arguments.add(p.name));
    arguments.addAll(List.of("spilledDoubles", "spilledInts", "spilledArrays", "tape"));
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      String name = methodName + "Part" + (i + 1);
      JavaEmitter e = new JavaEmitter(f, irParameterNames, allocator.copy(), handles);
      for (Map.Entry<Slot, Integer> s : slotIndex.entrySet()) {
        if (usedIn.get(i).contains(s.getKey())) {
          e.initializeSlot(s.getKey(), load(s.getKey().type(), s.getValue()));
        }
      }
      for (Map.Entry<Value, Integer> v : valueIndex.entrySet()) {
        if (usedIn.get(i).contains(v.getKey()) && !definedIn.get(i).contains(v.getKey())) {
          e.declareInput(v.getKey(), load(v.getKey().type(), v.getValue()));
        }
      }
      e.statements(parts.get(i));
      if (!last) {
        for (Map.Entry<Value, Integer> v : valueIndex.entrySet()) {
          if (definedIn.get(i).contains(v.getKey())) {
            e.raw(store(v.getKey().type(), v.getValue(), e.nameOf(v.getKey())));
          }
        }
        for (Map.Entry<Slot, Integer> s : slotIndex.entrySet()) {
          if (usedIn.get(i).contains(s.getKey())) {
            e.raw(store(s.getKey().type(), s.getValue(), e.slot(s.getKey())));
          }
        }
      }
      MethodSpec.Builder m = MethodSpec.methodBuilder(name)
          .addJavadoc("Part $L of $L, split off to stay under HotSpot's limit for JIT compilation.\n", i + 1,
              methodName)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(last ? returns : TypeName.VOID)
          .addParameters(parameters)
          .addParameter(double[].class, "spilledDoubles")
          .addParameter(long[].class, "spilledInts")
          .addParameter(Object[].class, "spilledArrays")
          .addParameter(TAPE, "tape")
          .addCode(e.finish(false));
      methods.add(m.build());
      if (last) {
        body.addStatement("return $L($L)", name, String.join(", ", arguments));
      } else {
        body.addStatement("$L($L)", name, String.join(", ", arguments));
      }
    }
    body.nextControlFlow("finally").addStatement("tape.release()").endControlFlow();
    return new Emitted(body.build(), methods, true);
  }

  private static int kind(Type t) {
    return t == Type.DOUBLE ? 0 : t.isIntegral() || t == Type.BOOLEAN ? 1 : 2;
  }

  private static String load(Type t, int index) {
    return switch (t) {
      case DOUBLE -> "spilledDoubles[" + index + "]";
      case INT -> "(int) spilledInts[" + index + "]";
      case LONG -> "spilledInts[" + index + "]";
      case BOOLEAN -> "spilledInts[" + index + "] != 0";
      default -> "(" + t.javaName() + ") spilledArrays[" + index + "]";
    };
  }

  private static String store(Type t, int index, String name) {
    return switch (t) {
      case DOUBLE -> "spilledDoubles[" + index + "] = " + name;
      case INT, LONG -> "spilledInts[" + index + "] = " + name;
      case BOOLEAN -> "spilledInts[" + index + "] = " + name + " ? 1 : 0";
      default -> "spilledArrays[" + index + "] = " + name;
    };
  }

  /** Cuts the top-level statements into runs of at most {@link #PART_BUDGET} estimated bytes. */
  private static List<List<Stmt>> partition(List<Stmt> top) {
    List<List<Stmt>> parts = new ArrayList<>();
    List<Stmt> current = new ArrayList<>();
    int size = 0;
    for (Stmt s : top) {
      int cost = estimate(List.of(s));
      if (!current.isEmpty() && size + cost > PART_BUDGET && !(s instanceof Stmt.Return)) {
        parts.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(s);
      size += cost;
    }
    parts.add(current);
    return parts;
  }

  /** A rough upper estimate of the bytecode a statement list compiles to. */
  static int estimate(List<Stmt> stmts) {
    int bytes = 0;
    for (Stmt s : stmts) {
      if (s instanceof Stmt.If i) {
        bytes += 8 + estimate(i.then().stmts()) + estimate(i.otherwise().stmts());
      } else if (s instanceof Stmt.While w) {
        bytes += 10 + estimate(w.header().stmts()) + estimate(w.body().stmts());
      } else if (s instanceof Stmt.Let let) {
        bytes += let.op() instanceof Op.Param ? 0 : 8 + 3 * let.args().size();
      } else {
        bytes += 12;
      }
    }
    return bytes;
  }

  /** Every value and slot a statement list reads or writes, nested blocks included. */
  private static void uses(List<Stmt> stmts, Set<Object> used) {
    Statements.forEach(stmts, s -> {
      used.addAll(Statements.reads(s));
      Slot slot = Statements.slot(s);
      if (slot != null) {
        used.add(slot);
      }
    });
  }

}
