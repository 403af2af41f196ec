/**
 * docgen:watch: a preview server on 127.0.0.1 that serves the output folder and reloads its pages
 * when a build after a save finishes (or shows its errors), and the loop that watches the data and
 * kind folders and rebuilds. Knows nothing of the engine: the build to run is handed in.
 */
package io.github.docgen.watch;
