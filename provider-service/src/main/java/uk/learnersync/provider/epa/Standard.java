package uk.learnersync.provider.epa;

import java.util.List;

/**
 * An apprenticeship standard of the shipped catalogue.
 *
 * @param code      the LARS standard code, the ILR {@code StdCode}
 * @param reference the IfATE reference, e.g. {@code ST0116}; {@code null} where the sources give none
 * @param level     the level, where known
 * @param assessors the EPAOs the register lists as assessing it
 */
public record Standard(int code, String reference, String title, Integer level, List<EpaoId> assessors) {

    public Standard {
        assessors = List.copyOf(assessors);
    }
}
