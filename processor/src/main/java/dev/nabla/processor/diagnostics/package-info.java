/**
 * The catalog of every message the processor reports ({@code Diagnostic}): a tag such as
 * {@code [nabla:unsupported-call]}, the kind, the text and a suggested fix, each tag documented in
 * {@code docs/diagnostics.md}; a user error found while reading a method is a {@code CompileError}, reported on the
 * offending expression; lowering records it and goes on with the next statement ({@code source.Recovery}), and all
 * those of a method's body are reported together ({@code CompileErrors}), the method getting no generated code.
 */
package dev.nabla.processor.diagnostics;
