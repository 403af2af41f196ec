package io.github.docgen.engine;

/** Told after each document, so a front end can show the progress of a large batch. */
public interface ProgressListener {
    ProgressListener NONE = (done, total, relativePath, rendered) -> { };

    /**
     * @param done         data files finished so far (the document's own included)
     * @param total        data files in this run (how many documents each makes is known once it is read)
     * @param relativePath the document just finished, under the output folder
     * @param rendered     true if it was rendered, false if it was up to date
     */
    void finished(int done, int total, String relativePath, boolean rendered);

    /** The run waits for another build that is writing to the same output folder; {@code why} says which. */
    default void waiting(String why) {
    }
}
