package io.github.docgen.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One build at a time writes to an output folder: a second build of the same project (a CI retry,
 * the IDE and a terminal) waits until the first has moved its documents into place. Across
 * processes the operating system's file lock does it; within one JVM, where a second
 * {@code FileChannel.lock} would throw instead of waiting, a lock per folder does.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE_NAME = ".docgen.lock";
    /** Per folder, for builds in one JVM (two goals of a reactor writing one folder). */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock inJvm;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock inJvm, FileChannel channel, FileLock lock) {
        this.inJvm = inJvm;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, telling {@code waiting} first when another build holds it. */
    static OutputLock acquire(Path outputDir, Consumer<String> waiting) throws IOException {
        Path file = outputDir.resolve(FILE_NAME);
        ReentrantLock inJvm = IN_THIS_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
        if (!inJvm.tryLock()) {
            waiting.accept("another build of this JVM is writing to " + outputDir + "; waiting for it to finish");
            inJvm.lock();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.accept("another build is writing to " + outputDir + " (it holds " + file + "); waiting for it to finish");
                lock = channel.lock();
            }
            return new OutputLock(inJvm, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            inJvm.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            inJvm.unlock();
        }
    }
}
