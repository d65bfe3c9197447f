package org.jbackprop.jupyter.svg;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jbackprop.graph.Circuits;
import org.jbackprop.graph.Graph;
import org.jbackprop.jupyter.Picture;

/** Writes the lecture graphs' pictures under target/pictures for a person to look at. */
final class RenderGraphs {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pictures");
        Files.createDirectories(dir);
        write(dir, "cs231n", back(Circuits.addMultiply(), "f"));
        write(dir, "cs231n-forward", Circuits.addMultiply());
        write(dir, "sigmoid-circuit", back(Circuits.sigmoidCircuit(), "f"));
        write(dir, "mazur", back(Circuits.mazur(), "E_total"));
        org.jbackprop.tensor.Rng rng = new org.jbackprop.tensor.Rng(0);
        layers(dir, "layers-small", new org.jbackprop.nn.Sequential(new org.jbackprop.nn.Linear(2, 10, rng),
                new org.jbackprop.nn.Sigmoid(), new org.jbackprop.nn.Linear(10, 1, rng)));
        java.util.List<org.jbackprop.nn.Layer> deep = new java.util.ArrayList<>();
        deep.add(new org.jbackprop.nn.Linear(784, 100, rng));
        for (int i = 0; i < 6; i++) {
            deep.add(new org.jbackprop.nn.ReLU());
            deep.add(new org.jbackprop.nn.Linear(100, 100, rng));
        }
        layers(dir, "layers-deep", new org.jbackprop.nn.Sequential(deep.toArray(new org.jbackprop.nn.Layer[0])));
    }

    /** The transparent PNG over a theme's background, as a notebook shows it. */
    static void flatten(Path dir, String name, byte[] png, java.awt.Color background, String theme) throws Exception {
        java.awt.image.BufferedImage in = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(in.getWidth(), in.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, in.getWidth(), in.getHeight());
        g.drawImage(in, 0, 0, null);
        g.dispose();
        javax.imageio.ImageIO.write(out, "png", dir.resolve(name + "-" + theme + ".png").toFile());
    }

    static void layers(Path dir, String name, org.jbackprop.nn.Sequential net) throws Exception {
        Picture p = LayerSvg.picture(net);
        Files.writeString(dir.resolve(name + ".svg"), p.svg());
        flatten(dir, name, p.png(), java.awt.Color.WHITE, "light");
        flatten(dir, name, p.png(), new java.awt.Color(0x11, 0x11, 0x11), "dark");
        System.out.println(name + ": " + p.width() + " x " + p.height() + "; " + p.alt());
    }

    static Graph back(Graph g, String out) {
        g.backward(g.node(out));
        return g;
    }

    static void write(Path dir, String name, Graph g) throws Exception {
        long t = System.nanoTime();
        Picture p = GraphSvg.picture(g);
        Files.writeString(dir.resolve(name + ".svg"), p.svg());
        Files.write(dir.resolve(name + ".png"), p.png());
        flatten(dir, name, p.png(), java.awt.Color.WHITE, "light");
        flatten(dir, name, p.png(), new java.awt.Color(0x11, 0x11, 0x11), "dark");
        System.out.println(name + ": " + p.width() + " x " + p.height() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms; " + p.alt());
    }
}
