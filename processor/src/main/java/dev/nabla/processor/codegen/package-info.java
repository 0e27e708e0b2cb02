/**
 * JavaPoet output, one local per value named after the user's variables, with {@code // line N} comments; a body too
 * large for the JIT (HotSpot skips methods over 8,000 bytes of bytecode) is split into private parts.
 */
package dev.nabla.processor.codegen;
