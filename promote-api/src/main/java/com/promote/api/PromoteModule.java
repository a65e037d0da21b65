package com.promote.api;

import com.google.inject.Module;

/**
 * The entry point of an extension: a Guice module found by {@link java.util.ServiceLoader}.
 * A dedicated type, so that only jars meant as Promote extensions contribute bindings.
 */
public interface PromoteModule extends Module {
}
