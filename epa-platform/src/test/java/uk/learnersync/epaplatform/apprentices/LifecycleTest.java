package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status against every event, written out again here independently of the production table:
 * a status abbreviation is where the event leads, {@code RC} a refusal as RECORD_CLOSED and
 * {@code NA} as TRANSITION_NOT_ALLOWED.
 */
class LifecycleTest {

    private static final String EXPECTED = """
            status              BREAK RETURN WITHDRAW CANCEL CHANGE START GATEWAY PASS FAIL CERT EPAO_WD BACK
            ON_PROGRAMME        SUS   ON     WD       CAN    ON     ON    ON      COM  RR   NA   WD      NA
            SUSPENDED           SUS   ON     WD       CAN    SUS    SUS   NA      NA   NA   NA   WD      NA
            BACK_INTO_LEARNING  SUS   BIL    WD       CAN    BIL    BIL   ON      NA   NA   NA   WD      NA
            RETAKE_REVIEW       SUS   RR     WD       CAN    RR     RR    NA      COM  RR   NA   WD      BIL
            WITHDRAWN           RC    RC     WD       CAN    WD     RC    RC      RC   RC   RC   RC      RC
            CANCELLED           RC    RC     RC       CAN    RC     RC    RC      RC   RC   RC   RC      RC
            COMPLETED           RC    RC     RC       RC     RC     RC    RC      COM  RC   CER  RC      RC
            CERTIFIED           RC    RC     RC       RC     RC     RC    RC      RC   RC   RC   RC      RC
            """;

    private static final List<LifecycleEvent> COLUMNS = List.of(LifecycleEvent.BREAK_IN_LEARNING,
            LifecycleEvent.RETURN_TO_LEARNING, LifecycleEvent.WITHDRAWAL, LifecycleEvent.CANCELLATION,
            LifecycleEvent.CHANGE_OF_PROGRAMME, LifecycleEvent.PROGRAMME_STARTED, LifecycleEvent.GATEWAY_CONFIRMED,
            LifecycleEvent.PASSED, LifecycleEvent.FAILED, LifecycleEvent.CERTIFIED, LifecycleEvent.WITHDRAWN_BY_EPAO,
            LifecycleEvent.BACK_INTO_LEARNING);

    private static final Map<String, ApprenticeStatus> STATUSES = Map.of("ON", ApprenticeStatus.ON_PROGRAMME,
            "SUS", ApprenticeStatus.SUSPENDED, "BIL", ApprenticeStatus.BACK_INTO_LEARNING,
            "RR", ApprenticeStatus.RETAKE_REVIEW, "WD", ApprenticeStatus.WITHDRAWN, "CAN", ApprenticeStatus.CANCELLED,
            "COM", ApprenticeStatus.COMPLETED, "CER", ApprenticeStatus.CERTIFIED);

    static Stream<Arguments> allowed() {
        return cells().filter(cell -> STATUSES.containsKey(cell.expected()))
                .map(cell -> Arguments.of(cell.from(), cell.event(), STATUSES.get(cell.expected())));
    }

    static Stream<Arguments> refused() {
        return cells().filter(cell -> !STATUSES.containsKey(cell.expected()))
                .map(cell -> Arguments.of(cell.from(), cell.event(),
                        cell.expected().equals("RC") ? RefusalCode.RECORD_CLOSED : RefusalCode.TRANSITION_NOT_ALLOWED));
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("allowed")
    void allows(ApprenticeStatus from, LifecycleEvent event, ApprenticeStatus to) {
        assertThat(Lifecycle.require(from, event)).isEqualTo(to);
        assertThat(Lifecycle.allowedFrom(from)).contains(event);
    }

    @ParameterizedTest(name = "{0} + {1} refused as {2}")
    @MethodSource("refused")
    void refuses(ApprenticeStatus from, LifecycleEvent event, RefusalCode code) {
        assertThatThrownBy(() -> Lifecycle.require(from, event)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
        assertThat(Lifecycle.next(from, event)).isEmpty();
        assertThat(Lifecycle.allowedFrom(from)).doesNotContain(event);
    }

    @Test
    void theExpectationsCoverEveryStatusAndEveryEvent() {
        assertThat(cells().map(Cell::from).distinct()).containsExactlyInAnyOrder(ApprenticeStatus.values());
        assertThat(COLUMNS).containsExactlyInAnyOrder(LifecycleEvent.values());
        assertThat(allowed().count()).isEqualTo(Lifecycle.TRANSITIONS.size());
    }

    @Test
    void aRefusalSaysWhatWasRefusedAndWhy() {
        assertThatThrownBy(() -> Lifecycle.require(ApprenticeStatus.WITHDRAWN, LifecycleEvent.BREAK_IN_LEARNING))
                .hasMessage("The record is closed (withdrawn): a break in learning would reopen it");
        assertThatThrownBy(() -> Lifecycle.require(ApprenticeStatus.SUSPENDED, LifecycleEvent.GATEWAY_CONFIRMED))
                .hasMessage("A gateway is not allowed while the apprentice's status is break in learning");
    }

    private record Cell(ApprenticeStatus from, LifecycleEvent event, String expected) {
    }

    private static Stream<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(row -> {
            for (int column = 0; column < COLUMNS.size(); column++) {
                cells.add(new Cell(ApprenticeStatus.valueOf(row[0]), COLUMNS.get(column), row[column + 1]));
            }
        });
        return cells.stream();
    }
}
