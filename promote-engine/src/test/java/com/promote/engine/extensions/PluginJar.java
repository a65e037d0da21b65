package com.promote.engine.extensions;

import com.promote.api.PromoteModule;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds an extension jar the way a third party would: Java sources compiled against the SPI
 * only, classes plus resources plus {@code META-INF/services/com.promote.api.PromoteModule}.
 */
final class PluginJar {
    private PluginJar() {
    }

    /**
     * @param sources   path in the jar (com/example/Foo.java) to source text
     * @param resources path in the jar to content
     * @param modules   the PromoteModule classes to register
     */
    static Path build(Path workDir, String jarName, Map<String, String> sources, Map<String, String> resources,
                      List<String> modules) throws IOException {
        Path src = Files.createDirectories(workDir.resolve("src"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath(),
                "--release", "17", "-proc:none"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("These tests need a JDK (javax.tools has no compiler)");
        }
        StringWriter errors = new StringWriter();
        int status = javac.run(null, null, new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
            @Override
            public void write(byte[] b, int off, int len) {
                errors.write(new String(b, off, len, StandardCharsets.UTF_8));
            }
        }, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("The plugin did not compile:\n" + errors);
        }
        Path jar = workDir.resolve(jarName);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                put(out, classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                put(out, resource.getKey(), resource.getValue().getBytes(StandardCharsets.UTF_8));
            }
            put(out, "META-INF/services/" + PromoteModule.class.getName(),
                    (String.join("\n", modules) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /** The SPI and what it exposes (Guice, Jdbi), as a plugin author compiles against them. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : List.of(PromoteModule.class, com.google.inject.AbstractModule.class,
                org.jdbi.v3.core.Handle.class, jakarta.inject.Inject.class)) {
            try {
                entries.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
