package uk.learnersync.provider.sync.model;

import java.time.LocalDate;

/**
 * One step of a generated sequence: something a provider's staff, an integrator or an approver does,
 * or something that happens to a platform or a connection. Learners, programmes and the other
 * records are named by their index in the sequence's world, so a sequence reads on its own.
 */
sealed interface Op {

    /** The channels a learner's own change may come through in a sequence. */
    enum Via { UI, API }

    /** Registers the learner through its EPAO's connection, or records a manual registration. */
    record Register(int learner, boolean connected) implements Op {
    }

    /** A learner's family name (PD-4, ILR-1, ILR-2). */
    record ChangeFamilyName(int learner, String familyName, Via via) implements Op {
    }

    /** A learner's sex (PD-1). */
    record ChangeSex(int learner, String sex, Via via) implements Op {
    }

    /** Another case owner for the learner (CO-3, CO-4). */
    record ReplaceCaseOwner(int learner, int caseOwner, Via via) implements Op {
    }

    /** Another employer site and manager for the learner, through the API (EM-4, MG-4). */
    record ReplaceWorkplace(int learner, int address, int manager) implements Op {
    }

    /** A case owner's own details, through the API: every linked learner (CO-2). */
    record ChangeCaseOwner(int caseOwner, String familyName) implements Op {
    }

    /** A manager's own details, through the API (MG-2). */
    record ChangeManager(int manager, String phone) implements Op {
    }

    /** An employer's name, through the API (EM-3). */
    record RenameEmployer(int employer, String name) implements Op {
    }

    /** An employer address's first line, through the API (EM-3). */
    record ChangeAddress(int address, String line1) implements Op {
    }

    /** The planned end date: on Edit Programme Details (PG-2) or through the API (PG-4, not sent). */
    record ChangePlannedEndDate(int learner, LocalDate plannedEndDate, Via via) implements Op {
    }

    /** Another programme (and option) with the programme's EPAO, through the API (PC-1..PC-5). */
    record MoveProgramme(int learner, int programme, String option) implements Op {
    }

    /** Another EPAO for the learner alone, through the API (PC-1, PC-3). */
    record MoveEpao(int learner, String epao) implements Op {
    }

    /** A change of circumstance by an approved tracker, or applied by hand (CC-1..CC-5). */
    record Circumstance(int learner, Kind kind, boolean manual) implements Op {

        enum Kind { BREAK, RETURN, WITHDRAWAL }
    }

    /** A change of programme by an approved tracker (CC-4, then PC-*) or by hand (CC-5). */
    record ChangeOfProgramme(int learner, int programme, boolean manual) implements Op {
    }

    /** A change of employer by an approved tracker (EM-5, MG-5) or by hand (EM-4). */
    record ChangeOfEmployer(int learner, int address, int manager, boolean manual) implements Op {
    }

    /** A change of personal details by a tracker (ILR-3), approved or rejected. */
    record ChangeOfPersonalDetails(int learner, String familyName, boolean approved) implements Op {
    }

    /** A programme's standard version, through the API (CV-5). */
    record ChangeStandardVersion(int programme, String version) implements Op {
    }

    /** A programme's EPAO, through the API: its learners follow unless theirs was set alone (CV-5). */
    record ChangeProgrammeEpao(int programme, String epao) implements Op {
    }

    /** The platform fails this provider's calls in one way, or stops failing them. */
    record Fault(String mode) implements Op {
    }

    /** A connection's token is replaced by one the platform refuses (CV-2). */
    record BreakToken(String epao) implements Op {
    }

    /** The connection's right token is entered again (CV-2). */
    record RestoreToken(String epao) implements Op {
    }
}
