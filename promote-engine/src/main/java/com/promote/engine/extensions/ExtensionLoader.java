package com.promote.engine.extensions;

import com.promote.api.PromoteModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds extension modules on the classpath and in the plugins folder (one class loader per
 * jar). The same module class twice, from two jars, stops start-up rather than picking one.
 */
public final class ExtensionLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ExtensionLoader.class);

    private ExtensionLoader() {
    }

    public static List<PromoteModule> load(ClassLoader appLoader, Path pluginsDir) {
        Map<String, PromoteModule> modules = new LinkedHashMap<>();
        for (PromoteModule module : ServiceLoader.load(PromoteModule.class, appLoader)) {
            modules.put(module.getClass().getName(), module);
        }
        for (Path jar : jars(pluginsDir)) {
            ClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, appLoader);
            for (PromoteModule module : ServiceLoader.load(PromoteModule.class, loader)) {
                if (module.getClass().getClassLoader() != loader) {
                    continue; // found through the parent: already loaded from the classpath
                }
                String name = module.getClass().getName();
                if (modules.containsKey(name)) {
                    throw new IllegalStateException("Extension module " + name + " is installed twice"
                            + " (again in " + jar + "); remove one copy");
                }
                modules.put(name, module);
                LOG.info("Loaded extension module {} from {}", name, jar);
            }
        }
        return new ArrayList<>(modules.values());
    }

    private static List<Path> jars(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the plugins folder " + dir, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad plugin path " + jar, e);
        }
    }
}
