/**
 * The catalog of every message the processor reports ({@code Diagnostic}): a tag such as
 * {@code [nabla:unsupported-call]}, the kind, the text and a suggested fix, each tag documented in
 * {@code docs/diagnostics.md}; a user error found while reading a method is a {@code CompileError}, which ends that
 * method's processing and is reported on the offending expression.
 */
package dev.nabla.processor.diagnostics;
