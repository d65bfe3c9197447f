package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** The shared contract through a real JJava {@link Renderer}, and how JJava finds the extension. */
class JJavaExtensionTest extends KernelAdapterContract {

    private static final Renderer RENDERER = new Renderer();

    static {
        JJavaExtension.register(RENDERER);
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
    void serviceFileNamesTheExtension() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/org.dflib.jjava.jupyter.Extension")) {
            assertEquals(JJavaExtension.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
