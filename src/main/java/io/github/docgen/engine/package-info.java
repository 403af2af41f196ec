/**
 * The engine's one way in: {@link io.github.docgen.engine.Docgen} (a builder, then {@code check()} or
 * {@code generate(listener)}) runs load, check, compile, render, write in order and returns everything a caller logs
 * or attaches. Everything else here is package-private: callers see only the façade and its results.
 */
package io.github.docgen.engine;
