package org.jbackprop.jupyter;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jbackprop.jupyter.chart.Headless;
import org.jbackprop.jupyter.chart.Warmup;
import org.jbackprop.jupyter.live.Displays;

/**
 * The JJava kernel extension: JJava finds it through {@code META-INF/services} in the jar on
 * {@code JJAVA_CLASSPATH} and calls {@link #install} once. It registers every {@link Renderers}
 * entry on the kernel's renderer and imports the library's packages so that students need no
 * import cell. Nothing it does can stop the kernel from starting.
 *
 * <p>Binary compatibility: compiled against jjava-jupyter 1.0-a6 and run on 1.0a8, so it uses only
 * methods with the same signature in both (never {@code DisplayData.setDisplayId}).
 */
public final class JJavaExtension implements Extension {

    /** Creates the extension; JJava calls this through the service loader. */
    public JJavaExtension() {
    }

    /**
     * Makes AWT headless, starts the {@link Warmup chart warm-up} if switched on, registers the renderers, routes live views to this kernel and evaluates
     * the default imports (every package of the jar); a failure of either step is reported on standard error and skipped.
     */
    @Override
    public void install(BaseKernel kernel) {
        try {
            Headless.ensure();
            register(kernel.getRenderer());
            Displays.set(new JJavaDisplaySink(kernel));
        } catch (Throwable t) {
            Fallback.rethrowIfFatal(t);
            System.err.println("jbackprop: could not register the display hooks: " + t);
        }
        try {
            kernel.eval(DefaultImports.line());   // one evaluation: it runs at every kernel start
        } catch (Throwable t) {
            Fallback.rethrowIfFatal(t);
            System.err.println("jbackprop: could not add the default imports: " + t);
        }
        Warmup.start();   // only with -Djbackprop.warmup=true; last, so that it never delays "ready"
    }

    /** Registers every {@link Renderers#all()} entry on a JJava renderer. */
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
}
