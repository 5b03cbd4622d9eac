package uk.learnersync.provider.ilr.internal;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The learners of a file, read on a thread of its own while the import's thread writes the ones read
 * before them: reading (the parse and the schema's validation) and writing (waiting on PostgreSQL) then
 * overlap instead of taking turns. At most two batches wait between the two, so memory stays bounded.
 * What the reading throws (the schema's refusal of the file) is thrown again to the import's thread, in
 * its place in the file. Only the reader thread touches the file until the feed ends.
 */
final class LearnerFeed implements AutoCloseable {

    /** What the reader hands over: a learner, why reading stopped, or (neither) the end of the file. */
    private record Item(IlrLearner learner, Throwable failure) {

        static final Item END = new Item(null, null);
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(2 * IlrImporter.BATCH_SIZE);
    private final Thread reader;

    /**
     * @param next the next learner of the file, empty at its end
     * @param end  what to do after the last learner (read the rest of the file for the schema)
     */
    LearnerFeed(Supplier<Optional<IlrLearner>> next, Runnable end) {
        reader = new Thread(() -> read(next, end), "ilr-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Supplier<Optional<IlrLearner>> next, Runnable end) {
        try {
            for (Optional<IlrLearner> learner = next.get(); learner.isPresent(); learner = next.get()) {
                queue.put(new Item(learner.get(), null));
            }
            end.run();
            queue.put(Item.END);
        } catch (InterruptedException e) {
            // The import stopped taking (it failed, or was abandoned): nothing is waiting for the rest.
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Item(null, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next learner, empty after the last (then not to be asked again); throws what stopped the reading there. */
    Optional<IlrLearner> next() {
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the ILR file", e);
        }
        if (item.failure() instanceof RuntimeException failure) {
            throw failure;
        }
        if (item.failure() instanceof Error failure) {
            throw failure;
        }
        return Optional.ofNullable(item.learner());
    }

    /** Stops the reader if the import ended early, and waits for it, so that the file can be closed. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
