package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared contract through a real IJava 1.3.0 (jupyter-jvm-basekernel 2.3.0) {@link Renderer}.
 * The start-up path itself, with no JJava class anywhere, is {@code IJavaStartupIT}.
 */
class IJavaInstallTest extends KernelAdapterContract {

    private static final Renderer RENDERER = new Renderer();

    static {
        IJavaInstall.register(RENDERER);
    }

    private static Map<String, Object> data(DisplayData d) {
        return collect(type -> d.getData(MIMEType.parse(type)));
    }

    @Override
    Map<String, Object> render(Object value) {
        return data(RENDERER.render(value));
    }

    @Override
    Map<?, ?> metadata(Object value) {
        return privateMetadata(RENDERER.render(value), DisplayData.class);
    }

    @Override
    Map<String, Object> renderAs(Object value, String mime) {
        return data(RENDERER.renderAs(value, mime));
    }

    @Test
    void installOutsideIJavaSaysSoAndReturnsFalse() {
        assertFalse(IJavaInstall.install());
    }

    @Test
    void startupScriptImportsEveryPackageThenInstalls() {
        assertEquals("import org.jbackprop.tensor.*; import org.jbackprop.nn.*; import org.jbackprop.nn.loss.*; "
                + "import org.jbackprop.optim.*; import org.jbackprop.autograd.*; import org.jbackprop.graph.*; "
                + "import org.jbackprop.check.*; import org.jbackprop.data.*; import org.jbackprop.train.*; "
                + "import org.jbackprop.text.*; import org.jbackprop.jupyter.*; org.jbackprop.jupyter.IJavaInstall.install();",
                IJavaInstall.STARTUP_SCRIPT);
    }
}
