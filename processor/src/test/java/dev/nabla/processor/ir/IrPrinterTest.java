package dev.nabla.processor.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The printed IR: one statement per line, nested blocks indented, values and slots by hint and id. */
class IrPrinterTest {
  @Test
  void printsOneStatementPerLineWithNestedBlocksIndented() {
    assertEquals("""
        f(double, double) {
             double %x0 = param 0  // line 7
             double %y1 = param 1  // line 7
             boolean %t2 = %x0 < %y1  // line 7
             if %t2 {
               double %t4 = %x0 * %y1  // line 7
               $s3 = %t4
             } else {
               $s3 = %y1
             }
             $i7 = 0
             while {
               int %i8 = $i7  // line 7
               boolean %t9 = %i8 < 3  // line 7
             } test %t9 do {
               int %i10 = $i7  // line 7
               double %s11 = $s3  // line 7
               double %t12 = %s11 * %x0  // line 7
               $s3 = %t12
               int %t14 = %i10 + 1  // line 7
               $i7 = %t14
             }
             double %s15 = $s3  // line 7
             return %s15
        }
        """, IrPrinter.print(VerifierTest.wellFormed()));
  }

  @Test
  void marksTheGivenStatementAndPrintsItAlone() {
    Function f = VerifierTest.wellFormed();
    Stmt branch = f.body().stmts().get(3);
    assertEquals("if %t2 {", IrPrinter.statement(f, branch));
    assertEquals(1, IrPrinter.print(f, branch).lines().filter(l -> l.startsWith(">>   if %t2 {")).count());
  }
}
