package org.jbackprop.jupyter;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.jbackprop.jupyter.chart.Headless;
import org.jbackprop.jupyter.chart.Warmup;
import org.jbackprop.jupyter.live.Displays;

/**
 * The same display hooks for the IJava 1.3.0 kernel, which has no extension mechanism: its
 * startup script calls {@link #install()}. Put the shaded jar on IJava's class path and the
 * script in its environment, e.g. in IJava's {@code kernel.json}:
 *
 * <pre>
 * "env": {
 *   "IJAVA_CLASSPATH": "/path/to/jbackprop-kernel-ext-0.1.0-all.jar",
 *   "IJAVA_STARTUP_SCRIPT": "import org.jbackprop.tensor.*; ... org.jbackprop.jupyter.IJavaInstall.install();"
 * }
 * </pre>
 *
 * ({@link #STARTUP_SCRIPT} is that script in full.) The imports are in the script rather than
 * evaluated here because IJava runs the script inside its own evaluator. Nothing on this path
 * touches a JJava class: IJava has none ({@code IJavaStartupIT} runs it with only this jar and
 * jupyter-jvm-basekernel 2.3.0 on the class path).
 */
public final class IJavaInstall {

    /** The startup script: the default imports, then {@code IJavaInstall.install();}. */
    public static final String STARTUP_SCRIPT = DefaultImports.line()
            + " org.jbackprop.jupyter.IJavaInstall.install();";

    private IJavaInstall() {
    }

    /**
     * Finds the running IJava kernel ({@code io.github.spencerpark.ijava.IJava.getKernelInstance()},
     * looked up reflectively) and installs the renderers on it. Returns false, with a one-line
     * message on standard error, when not running in IJava; never throws.
     */
    public static boolean install() {
        try {
            Headless.ensure();
            Class<?> ijava = Class.forName("io.github.spencerpark.ijava.IJava", true, loader());
            Object kernel = ijava.getMethod("getKernelInstance").invoke(null);
            if (!(kernel instanceof BaseKernel)) {
                System.err.println("jbackprop: IJava has no running kernel to install the display hooks on");
                return false;
            }
            install((BaseKernel) kernel);
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            System.err.println("jbackprop: not running in IJava 1.3 (" + e + "); display hooks not installed");
            return false;
        }
    }

    /** Starts the {@link Warmup chart warm-up} if switched on, registers every renderer on {@code kernel} and routes live views to its display stream. */
    public static void install(BaseKernel kernel) {
        Warmup.start();
        register(kernel.getRenderer());
        Displays.set(new IJavaDisplaySink(kernel));
    }

    /** Registers every {@link Renderers#all()} entry on an IJava (jupyter-jvm-basekernel 2.3) renderer. */
    public static void register(Renderer renderer) {
        for (MimeRenderer<?> r : Renderers.all()) {
            register(renderer, r);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(Renderer renderer, MimeRenderer<?> r) {
        Renderer.RenderRegistration registration = renderer.createRegistration(r.type());
        registration.preferring(r.preferred().toArray(new String[0]));
        registration.supporting(r.supported().toArray(new String[0]));
        registration.register((value, context) -> render(r, value, (RenderContext) context));
    }

    /** Fills the context's output with the requested types and their metadata; never throws into the kernel. */
    private static void render(MimeRenderer<?> r, Object value, RenderContext context) {
        DisplayData out = context.getOutputContainer();
        MimeBundle bundle = r.bundle(value, mime -> context.wantsDataRenderedAs(MIMEType.parse(mime)));
        bundle.data().forEach(out::putData);
        bundle.metadata().forEach(out::putMetaData);
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : IJavaInstall.class.getClassLoader();
    }
}
