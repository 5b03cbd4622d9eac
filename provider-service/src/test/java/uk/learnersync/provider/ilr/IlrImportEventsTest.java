package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import uk.learnersync.provider.learners.LearnerChanged;
import uk.learnersync.provider.learners.CircumstanceType;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;

/** What an import tells the sync engine: changes with channel IMPORT, nothing when nothing changed. */
@RecordApplicationEvents
class IlrImportEventsTest extends IlrApiTestSupport {

    private static final ChangeOrigin UPLOADER = new ChangeOrigin("user:ian@provider.test", Channel.IMPORT);

    @Autowired
    private IlrFileManagement files;

    @Autowired
    private ApplicationEvents events;

    @TempDir
    private Path directory;

    @Test
    void ILR_4_aChangeFromAFileArrivesWithChannelImportAsTheImport() throws Exception {
        importFile(sample());
        events.clear();

        ImportReport report = importFile(sample().replace("<FamilyName>John</FamilyName>",
                "<FamilyName>Johnson</FamilyName>"));

        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.origin()).isEqualTo(new ChangeOrigin("ilr-import:" + report.id(), Channel.IMPORT));
        });
    }

    @Test
    void aSecondImportOfTheSameFilePublishesNoChange() throws Exception {
        importFile(sample());
        events.clear();

        ImportReport again = importFile(sample());

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(events.stream(LearnerChanged.class)).isEmpty();
    }

    @Test
    void CC_5_aBreakInLearningInAFileIsRecordedWithChannelImportForTheSyncPolicyToSkip() throws Exception {
        importFile(sample());
        events.clear();

        importFile(sample().replaceFirst("(<LearnRefNumber>Levy</LearnRefNumber>[\\s\\S]*?<AimType>1</AimType>"
                + "[\\s\\S]*?)<CompStatus>1</CompStatus>", "$1<CompStatus>6</CompStatus>"
                + "<LearnActEndDate>2020-01-31</LearnActEndDate>"));

        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.origin().channel()).isEqualTo(Channel.IMPORT);
            assertThat(event.circumstance().type()).isEqualTo(CircumstanceType.BREAK_IN_LEARNING);
        });
    }

    private ImportReport importFile(String xml) throws Exception {
        Path file = Files.writeString(directory.resolve(UUID.randomUUID() + ".xml"), xml, StandardCharsets.UTF_8);
        return files.importFile(new ProviderId(UUID.fromString(providerId)), file, UPLOADER);
    }
}
