package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same bits whichever way the JVM runs the code: exp, log, tanh, sigmoid and lecture-size
 * products of fixed inputs, computed in separate JVMs in the interpreter only ({@code -Xint}), with
 * C1 only ({@code -XX:TieredStopAtLevel=1}), with C2 only (after enough passes that C2 compiles the
 * SIMD loops, checked with {@code -XX:+PrintCompilation}; thresholds lowered to keep the test short) and without the Vector API (the same polynomials
 * in scalar loops), must all print one digest, equal to this JVM's.
 */
class JitModesTest {

    private static final String VECTOR = "--add-modules=jdk.incubator.vector";

    @Test
    void interpreterC1C2AndScalarLoopsGiveTheSameBits() throws Exception {
        String here = DeterminismProbe.digest();
        List<String> failures = new ArrayList<>();
        check("interpreter, Vector API", here, run("1", VECTOR, "-Xint"), failures);
        String c1 = run("40", VECTOR, "-XX:TieredStopAtLevel=1", "-Xbatch", "-XX:Tier3InvocationThreshold=20",
                "-XX:Tier3MinInvocationThreshold=10", "-XX:Tier3CompileThreshold=50", "-XX:Tier3BackEdgeThreshold=500",
                "-XX:+PrintCompilation");
        assertCompiled("C1", c1);
        check("C1 only, Vector API", here, c1, failures);
        // C2 alone, compiling early and waiting for each compilation (-Xbatch): the warm-up passes end in C2 code
        String c2 = run("300", VECTOR, "-XX:-TieredCompilation", "-XX:CompileThreshold=100", "-Xbatch",
                "-XX:+PrintCompilation");
        assertCompiled("C2", c2);
        check("C2, Vector API", here, c2, failures);
        check("C2, no Vector API (scalar loops)", here, run("300", "-XX:-TieredCompilation",
                "-XX:CompileThreshold=100"), failures);
        check("interpreter, no Vector API", here, run("1", "-Xint"), failures);
        assertEquals(List.of(), failures);
    }

    /** The compiler really compiled the SIMD exp loop, or the run proves nothing. */
    private static void assertCompiled(String compiler, String output) {
        assertTrue(output.lines().anyMatch(l -> l.contains("org.jbackprop.tensor.VectorMathSimd::exp (")
                && !l.contains("made not entrant")), compiler + " never compiled VectorMathSimd.exp:\n" + output);
    }

    private static void check(String mode, String want, String output, List<String> failures) {
        for (String kind : List.of("cold", "hot")) {
            String got = output.lines().filter(l -> l.startsWith(kind + " ")).map(l -> l.substring(kind.length() + 1))
                    .findFirst().orElse("no digest printed:\n" + output);
            if (!got.equals(want)) {
                failures.add(mode + " (" + kind + "): " + got);
            }
        }
    }

    private static String run(String passes, String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"),
                DeterminismProbe.class.getName(), passes));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        assertEquals(0, p.exitValue(), () -> String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }
}
