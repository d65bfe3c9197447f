package org.jbackprop.jupyter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How one type is shown in a notebook, without any kernel: for each MIME type a function from the
 * value to the text of that type (a PNG as base64). The kernel adapters ({@link JJavaExtension},
 * {@link IJavaInstall}) register these on their kernel's renderer; tests call {@link #render} directly.
 *
 * <p>Preferred types are produced when a value is displayed; supported types only when asked for by
 * name (e.g. {@code render(x, "image/svg+xml")} in the notebook). Rendering never throws: a type that
 * fails is left out and the bundle falls back to a bounded {@code text/plain}.
 *
 * <p>A type shown as a picture registers {@link #picture}: one {@link Picture} per display gives both
 * {@code image/png} and {@code image/svg+xml}, and its {@link Picture#metadata() metadata} (display
 * size and alt text) goes out with them in the {@link MimeBundle}.
 *
 * @param <T> the rendered type (subclasses match too)
 */
public final class MimeRenderer<T> {

    private final Class<T> type;
    private final Map<String, Function<? super T, String>> producers = new LinkedHashMap<>();
    private final List<String> preferred = new ArrayList<>();
    private Function<? super T, Picture> picture;

    private MimeRenderer(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Starts a renderer for {@code type}; add types with {@link #prefer} and {@link #support}. */
    public static <T> MimeRenderer<T> of(Class<T> type) {
        return new MimeRenderer<>(type);
    }

    /** Adds a MIME type produced whenever a value is displayed. */
    public MimeRenderer<T> prefer(String mime, Function<? super T, String> producer) {
        producers.put(mime, Objects.requireNonNull(producer, "producer"));
        if (!preferred.contains(mime)) {
            preferred.add(mime);
        }
        return this;
    }

    /**
     * Shows values as a picture: {@code image/png} and {@code image/svg+xml} (preferred, in that order)
     * both come from the one {@link Picture} that {@code maker} returns for each display, and the
     * bundle carries its metadata. {@code maker} is called at most once per display.
     */
    public MimeRenderer<T> picture(Function<? super T, Picture> maker) {
        this.picture = Objects.requireNonNull(maker, "maker");
        prefer(Mime.IMAGE_PNG, v -> maker.apply(v).pngBase64());
        prefer(Mime.IMAGE_SVG, v -> maker.apply(v).svg());
        return this;
    }

    /** Adds a MIME type produced only when asked for by name. */
    public MimeRenderer<T> support(String mime, Function<? super T, String> producer) {
        producers.put(mime, Objects.requireNonNull(producer, "producer"));
        return this;
    }

    /** The rendered type. */
    public Class<T> type() {
        return type;
    }

    /** The MIME types produced on display, in order. */
    public List<String> preferred() {
        return Collections.unmodifiableList(preferred);
    }

    /** Every MIME type this renderer can produce (preferred first). */
    public List<String> supported() {
        return List.copyOf(producers.keySet());
    }

    /** Renders the preferred types of {@code value}; never throws. */
    public Map<String, String> render(Object value) {
        return bundle(value).data();
    }

    /** The data of {@link #bundle(Object, Predicate)}. */
    public Map<String, String> render(Object value, Predicate<String> wants) {
        return bundle(value, wants).data();
    }

    /** The data of {@link #bundle(Object, Iterable)}. */
    public Map<String, String> render(Object value, Iterable<String> mimes) {
        return bundle(value, mimes).data();
    }

    /** The preferred types of {@code value} with their metadata; never throws. */
    public MimeBundle bundle(Object value) {
        return bundle(value, preferred);
    }

    /**
     * Renders the types this renderer supports that the kernel {@code wants} (asked per type, as the
     * kernels' render contexts answer); never throws, and falls back to the preferred types when
     * asking fails. The one place both kernel adapters go through.
     */
    public MimeBundle bundle(Object value, Predicate<String> wants) {
        List<String> wanted = new ArrayList<>();
        try {
            for (String mime : producers.keySet()) {
                if (wants.test(mime)) {
                    wanted.add(mime);
                }
            }
        } catch (Throwable t) {
            Fallback.rethrowIfFatal(t);
            wanted = preferred;
        }
        return bundle(value, wanted);
    }

    /**
     * Renders the requested types this renderer knows (others are ignored); never throws.
     * The data always holds {@code text/plain}: the producer's, or the value's bounded
     * {@code toString()}; when a type failed, a one-line note saying which and why is appended.
     * The metadata holds the picture's (see {@link #picture}) when its PNG is in the data.
     */
    public MimeBundle bundle(Object value, Iterable<String> mimes) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        StringBuilder failures = new StringBuilder();
        Once once = new Once(value);
        for (String mime : mimes) {
            if (out.containsKey(mime)) {
                continue;
            }
            String text = produce(once, mime, failures);
            if (text != null) {
                out.put(mime, text);
                if (mime.equals(Mime.IMAGE_PNG) && once.picture != null) {
                    metadata.putAll(once.picture.metadata());
                }
            }
        }
        if (!out.containsKey(Mime.TEXT_PLAIN)) {
            String text = producers.containsKey(Mime.TEXT_PLAIN) ? produce(once, Mime.TEXT_PLAIN, failures) : null;
            out.put(Mime.TEXT_PLAIN, text != null ? text : Fallback.plainText(value));
        }
        if (failures.length() > 0) {
            out.put(Mime.TEXT_PLAIN, out.get(Mime.TEXT_PLAIN) + failures);
        }
        return new MimeBundle(out, metadata);
    }

    /** One display's value and, once made, its picture (so PNG and SVG share one drawing). */
    private final class Once {
        final Object value;
        Picture picture;

        Once(Object value) {
            this.value = value;
        }

        String text(String mime, Function<? super T, String> producer) {
            T typed = type.cast(value);
            if (picture != null || (MimeRenderer.this.picture != null && isPictureType(mime))) {
                if (picture == null) {
                    picture = Objects.requireNonNull(MimeRenderer.this.picture.apply(typed), "no picture");
                }
                if (isPictureType(mime)) {
                    return mime.equals(Mime.IMAGE_PNG) ? picture.pngBase64() : picture.svg();
                }
            }
            return producer.apply(typed);
        }

        private boolean isPictureType(String mime) {
            return mime.equals(Mime.IMAGE_PNG) || mime.equals(Mime.IMAGE_SVG);
        }
    }

    /** One type, or null (with a note in {@code failures}) when it is unknown or its producer failed. */
    private String produce(Once once, String mime, StringBuilder failures) {
        Function<? super T, String> producer = producers.get(mime);
        if (producer == null) {
            return null;
        }
        try {
            String text = once.text(mime, producer);
            if (text == null) {
                throw new IllegalStateException("renderer returned nothing");
            }
            return text;
        } catch (Throwable t) { // a renderer must never break the cell
            Fallback.rethrowIfFatal(t);
            failures.append('\n').append(Fallback.failureNote(type, mime, t));
            return null;
        }
    }

    /** Renders {@code value} only if it is an instance of this renderer's type; never throws. */
    public boolean accepts(Object value) {
        return type.isInstance(value);
    }

    /** The MIME types of {@code requested} this renderer can produce. */
    public List<String> known(Set<String> requested) {
        List<String> out = new ArrayList<>();
        for (String mime : producers.keySet()) {
            if (requested.contains(mime)) {
                out.add(mime);
            }
        }
        return out;
    }
}
