/**
 * The Maven goals: each maps its parameters to the {@link io.github.docgen.engine.Docgen} façade, logs what it
 * reports and attaches the documents. Imports only the engine's API ({@code engine}) and {@code diagnostic}.
 */
package io.github.docgen.plugin;
