#!/usr/bin/env bash
# Checks the Math functions of JDK 21 (Math.clamp), which the build's JDK 17 lacks, under a newer JDK: compiles
# scripts/jdk21/*.java with the processor of processor/target/classes (build it first: mvn -B -o -pl processor -am
# compile), then runs ClampCheck, which compares the generated derivatives of Math.clamp's three overloads with central
# differences and with the convention at the bounds, and exits non-zero on a mismatch.
# Usage: scripts/check-jdk21-math.sh [JDK home, 21 or newer; default /usr/lib/jvm/temurin-25-jdk-amd64]
set -euo pipefail
jdk=${1:-/usr/lib/jvm/temurin-25-jdk-amd64}
root=$(cd "$(dirname "$0")/.." && pwd)
javapoet=$(find ~/.m2/repository/com/squareup/javapoet -name 'javapoet-*.jar' | sort | tail -1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$jdk/bin/javac" -Werror -Xlint:none -d "$out" -cp "$root/runtime/target/classes" \
  -processorpath "$root/processor/target/classes:$javapoet" "$root"/scripts/jdk21/*.java
"$jdk/bin/java" -cp "$out:$root/runtime/target/classes" jdk21.ClampCheck
