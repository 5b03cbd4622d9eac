package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

class LearnerFeedTest {

    private static final List<IlrLearner> SAMPLE = sample();

    @Test
    void handsOverEveryLearnerInTheFilesOrderThenTheEnd() {
        Iterator<IlrLearner> file = SAMPLE.iterator();
        List<String> ended = new ArrayList<>();
        try (LearnerFeed feed = new LearnerFeed(() -> file.hasNext() ? Optional.of(file.next()) : Optional.empty(),
                () -> ended.add("rest of the file read"))) {
            assertThat(drain(feed, SAMPLE.size())).containsExactlyElementsOf(SAMPLE);
            assertThat(feed.next()).isEmpty();
        }
        assertThat(ended).containsExactly("rest of the file read");
    }

    @Test
    void theSchemasRefusalAtTheEndOfTheFileReachesTheImportAfterEveryLearnerReadBeforeIt() {
        Iterator<IlrLearner> file = SAMPLE.iterator();
        InvalidInputException refusal =
                new InvalidInputException(List.of(new FieldError("Message", "broken at the end")));
        try (LearnerFeed feed = new LearnerFeed(() -> file.hasNext() ? Optional.of(file.next()) : Optional.empty(),
                () -> {
                    throw refusal;
                })) {
            assertThat(drain(feed, SAMPLE.size())).containsExactlyElementsOf(SAMPLE);
            assertThatThrownBy(feed::next).isSameAs(refusal);
        }
    }

    @Test
    void aFailureWhileReadingALearnerReachesTheImportInItsPlace() {
        AtomicInteger read = new AtomicInteger();
        IllegalStateException unreadable = new IllegalStateException("unreadable");
        try (LearnerFeed feed = new LearnerFeed(() -> {
            if (read.get() == 3) {
                throw unreadable;
            }
            return Optional.of(SAMPLE.get(read.getAndIncrement()));
        }, () -> { })) {
            assertThat(drain(feed, 3)).containsExactlyElementsOf(SAMPLE.subList(0, 3));
            assertThatThrownBy(feed::next).isSameAs(unreadable);
        }
    }

    @Test
    void anImportThatStopsEarlyStopsTheReaderBeforeTheFileIsClosed() {
        AtomicInteger read = new AtomicInteger();
        // A file without end: only closing the feed stops its reader.
        LearnerFeed feed = new LearnerFeed(() -> Optional.of(SAMPLE.get(read.getAndIncrement() % SAMPLE.size())),
                () -> { });
        assertThat(feed.next()).isPresent();

        assertTimeoutPreemptively(Duration.ofSeconds(10), feed::close);
        int readWhenClosed = read.get();
        assertThat(readWhenClosed).as("at most the queue's two batches and the one in hand were read ahead")
                .isLessThanOrEqualTo(2 * IlrImporter.BATCH_SIZE + 2);
        assertThat(read.get()).isEqualTo(readWhenClosed);
    }

    private static List<IlrLearner> drain(LearnerFeed feed, int count) {
        List<IlrLearner> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(feed.next().orElseThrow());
        }
        return learners;
    }

    private static List<IlrLearner> sample() {
        try {
            return IlrReaderTest.readAll(IlrFiles.sample());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
