/**
 * The catalog of every message the processor reports ({@code Diagnostic}): a tag such as
 * {@code [nabla:unsupported-call]}, the kind, the text and a suggested fix, each tag documented in
 * {@code docs/diagnostics.md}; a user error found while reading a method is a {@code CompileError}, reported on the
 * offending expression, and all those found in a method's body are reported together ({@code CompileErrors}).
 */
package dev.nabla.processor.diagnostics;
