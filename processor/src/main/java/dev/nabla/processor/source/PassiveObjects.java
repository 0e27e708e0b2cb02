package dev.nabla.processor.source;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import dev.nabla.processor.ir.Value;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The objects a method reads without differentiating them — its receiver, the variable {@code this}, and its
 * parameters of class, interface, record or enum types — and the classes their fields and methods are looked up in.
 */
final class PassiveObjects {
  /** The variable the receiver of an instance method, and of the receiver's methods inlined into it, is bound to. */
  static final String THIS = "this";

  private PassiveObjects() {}

  /** The receiver of the method being lowered, or null in a static method. */
  static Value receiver(Variables vars) {
    return vars.get(THIS);
  }

  /**
   * The class of {@code e} when it is such an object or an instance field of one that holds an object (the receiver's
   * {@code model}, {@code this.model}, {@code option.model}); otherwise null.
   */
  static TypeElement classOf(ExpressionTree e, Variables vars) {
    ExpressionTree stripped = Syntax.strip(e);
    if (stripped instanceof IdentifierTree id) {
      String name = id.getName().toString();
      return vars.has(name) ? vars.classOf(vars.get(name)) : declared(receiverField(name, vars));
    }
    if (stripped instanceof MemberSelectTree s) {
      TypeElement outer = classOf(s.getExpression(), vars);
      return outer == null ? null : declared(instanceField(outer, s.getIdentifier().toString()));
    }
    return null;
  }

  /** The value of {@code e} when it is a variable holding such an object ({@code dist}, not {@code this}), or null. */
  static Value value(ExpressionTree e, Variables vars) {
    Value v = Syntax.strip(e) instanceof IdentifierTree id && !id.getName().contentEquals(THIS)
        ? vars.get(id.getName().toString()) : null;
    return v != null && vars.classOf(v) != null ? v : null;
  }

  /** The instance field {@code name} of the receiver (its own or inherited), when no variable has the name. */
  static VariableElement receiverField(String name, Variables vars) {
    Value receiver = receiver(vars);
    return receiver == null || vars.has(name) ? null : instanceField(vars.classOf(receiver), name);
  }

  /** The instance field {@code name} of the class {@code cls}, its own or inherited; null if there is none. */
  static VariableElement instanceField(TypeElement cls, String name) {
    VariableElement f = NameResolver.inheritedField(cls, name);
    return f == null || NameResolver.isStatic(f) ? null : f;
  }

  /**
   * The instance methods of the receiver a call by simple name may mean ({@code scale(x)} in an instance method),
   * none in a static method or when the receiver's class and supertypes have no instance method of that name.
   */
  static List<ExecutableElement> receiverMethods(String name, Variables vars) {
    Value receiver = receiver(vars);
    return receiver == null ? List.of() : instanceMethods(vars.classOf(receiver), name);
  }

  /** The instance methods named {@code name} of the class {@code cls}, its own or inherited. */
  static List<ExecutableElement> instanceMethods(TypeElement cls, String name) {
    return NameResolver.inheritedMethods(cls, name).stream().filter(m -> !NameResolver.isStatic(m)).toList();
  }

  /** Whether {@code call} is made on the receiver: {@code this.m(…)} or {@code m(…)} for an instance method m. */
  static boolean onReceiver(MethodInvocationTree call, Variables vars) {
    if (call.getMethodSelect() instanceof MemberSelectTree s) {
      return Syntax.strip(s.getExpression()) instanceof IdentifierTree id && id.getName().contentEquals(THIS)
          && receiver(vars) != null;
    }
    return !receiverMethods(((IdentifierTree) call.getMethodSelect()).getName().toString(), vars).isEmpty();
  }

  /**
   * Whether {@code e} is an object, as far as nabla can tell without attributing it: such an object, an object in a
   * field of one, a static field holding one, an enum constant ({@code Kind.CALL}), a method of such an object that
   * returns one ({@code option.kind()}) or {@code null}.
   */
  static boolean isObject(ExpressionTree e, Frame frame, Variables vars) {
    ExpressionTree stripped = Syntax.strip(e);
    VariableElement field = null;
    if (stripped instanceof IdentifierTree id && !vars.has(id.getName().toString())) {
      field = frame.names().field(id.getName().toString());
    } else if (stripped instanceof MemberSelectTree s && frame.names().type(s.getExpression()) != null) {
      field = NameResolver.field(frame.names().type(s.getExpression()), s.getIdentifier().toString());
    } else if (stripped instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree s && classOf(s.getExpression(), vars) != null) {
      List<ExecutableElement> methods = NameResolver.inheritedMethods(classOf(s.getExpression(), vars),
          s.getIdentifier().toString());
      return !methods.isEmpty() && methods.stream().allMatch(m -> m.getReturnType() instanceof DeclaredType);
    }
    return stripped.getKind() == Tree.Kind.NULL_LITERAL || classOf(stripped, vars) != null || declared(field) != null;
  }

  private static TypeElement declared(VariableElement field) {
    return field != null && field.asType() instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
  }
}
