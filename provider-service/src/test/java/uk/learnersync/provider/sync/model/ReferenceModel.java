package uk.learnersync.provider.sync.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * RULES.md in plain Java, written apart from the product's planner: the provider's records of a small
 * world, and what each EPA platform must hold of its learners after any sequence of {@link Op}s. It
 * knows nothing of outboxes, retries or faults: whatever happened on the way, the platforms must end
 * where this model says (CV-7). {@link #allows} says which steps the product must accept.
 */
final class ReferenceModel {

    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final LocalDate PLANNED_END = LocalDate.of(2027, 3, 31);

    /** A programme: its EPAO, standard version and options. */
    static final class Programme {
        String epao;
        String version = "1.0";
        final List<String> options;

        Programme(String epao, List<String> options) {
            this.epao = epao;
            this.options = options;
        }
    }

    /** A learner's record at the provider, as far as the rules look at it. */
    static final class Learner {
        String familyName = "Lovelace";
        String sex = "F";
        int caseOwner;
        int address;
        int manager;
        int programme;
        String option;
        LocalDate startDate = START;
        LocalDate plannedEndDate = PLANNED_END;
        String epao;
        String registration = "NONE";
        String registeredEpao;
        String status = "ACTIVE";
    }

    /** What one of a learner's records on a platform must show. */
    static final class Record {
        final String epao;
        boolean active = true;
        String status;
        String familyName;
        String sex;
        String employer;
        String address;
        String contact;
        String tutor;
        String standardVersion;
        String option;
        LocalDate startDate;
        LocalDate plannedEndDate;
        int programmes = 1;
        final List<String> circumstances = new ArrayList<>();

        Record(String epao) {
            this.epao = epao;
        }

        boolean closed() {
            return status.equals("WITHDRAWN") || status.equals("CANCELLED");
        }

        /** The record as the comparison reads a platform's: every field a rule can change. */
        String describe() {
            return String.join(" | ", "epao=" + epao, "status=" + status, "familyName=" + familyName, "sex=" + sex,
                    "employer=" + employer, "address=" + address, "contact=" + contact, "tutor=" + tutor,
                    "programme=" + standardVersion + "/" + option + "/" + startDate + "/" + plannedEndDate,
                    "programmes=" + programmes, "circumstances=" + circumstances);
        }
    }

    final Set<String> connectedEpaos;
    final List<Programme> programmes;
    final String[] caseOwnerNames = {"Tutor", "Teacher"};
    final String[] managerPhones = {"0113 496 0000", "0113 496 0001", "0113 496 0002"};
    final String[] managerNames = {"Max", "Mia", "Mo"};
    /** Which employer each manager works for. */
    final int[] managerEmployer = {0, 0, 1};
    final String[] employerNames = {"Acme Ltd", "Babbage Ltd"};
    final String[] addressLines = {"1 High Street", "2 Mill Lane", "3 Dock Road"};
    final String[] addressPostcodes = {"LS1 4AP", "LS2 7EY", "M1 1AE"};
    /** Which employer each address belongs to. */
    final int[] addressEmployer = {0, 0, 1};
    final List<Learner> learners = new ArrayList<>();
    final List<List<Record>> records = new ArrayList<>();

    /**
     * @param connected   two EPAOs the provider is connected to
     * @param unconnected one it is not
     */
    ReferenceModel(String connected, String otherConnected, String unconnected, int learnerCount) {
        connectedEpaos = Set.of(connected, otherConnected);
        programmes = List.of(new Programme(connected, List.of("Core", "Extra")), new Programme(connected, List.of()),
                new Programme(otherConnected, List.of()), new Programme(unconnected, List.of()));
        for (int i = 0; i < learnerCount; i++) {
            Learner learner = new Learner();
            learner.epao = connected;
            learners.add(learner);
            records.add(new ArrayList<>());
        }
    }

    /** Whether the product must accept the step in the state the model is in. */
    boolean allows(Op op) {
        if (op instanceof Op.Register register) {
            Learner learner = learners.get(register.learner());
            return register.connected()
                    ? !learner.registration.equals("CONNECTED") && connectedEpaos.contains(learner.epao)
                    : learner.registration.equals("NONE");
        }
        if (op instanceof Op.ChangeFamilyName change) {
            return !learners.get(change.learner()).familyName.equals(change.familyName());
        }
        if (op instanceof Op.ChangeSex change) {
            return !learners.get(change.learner()).sex.equals(change.sex());
        }
        if (op instanceof Op.ReplaceCaseOwner replace) {
            return learners.get(replace.learner()).caseOwner != replace.caseOwner();
        }
        if (op instanceof Op.ReplaceWorkplace replace) {
            Learner learner = learners.get(replace.learner());
            return managerEmployer[replace.manager()] == addressEmployer[replace.address()]
                    && (learner.address != replace.address() || learner.manager != replace.manager());
        }
        if (op instanceof Op.ChangeCaseOwner change) {
            return !caseOwnerNames[change.caseOwner()].equals(change.familyName());
        }
        if (op instanceof Op.ChangeManager change) {
            return !managerPhones[change.manager()].equals(change.phone());
        }
        if (op instanceof Op.RenameEmployer rename) {
            return !employerNames[rename.employer()].equals(rename.name());
        }
        if (op instanceof Op.ChangeAddress change) {
            return !addressLines[change.address()].equals(change.line1());
        }
        if (op instanceof Op.ChangePlannedEndDate change) {
            Learner learner = learners.get(change.learner());
            return change.plannedEndDate().isAfter(learner.startDate)
                    && !change.plannedEndDate().equals(learner.plannedEndDate);
        }
        if (op instanceof Op.MoveProgramme move) {
            Learner learner = learners.get(move.learner());
            Programme to = programmes.get(move.programme());
            return (move.option() == null || to.options.contains(move.option()))
                    && (learner.programme != move.programme() || !Objects.equals(learner.option, move.option()));
        }
        if (op instanceof Op.MoveEpao move) {
            return !learners.get(move.learner()).epao.equals(move.epao());
        }
        if (op instanceof Op.Circumstance circumstance) {
            String status = learners.get(circumstance.learner()).status;
            return switch (circumstance.kind()) {
                case BREAK -> status.equals("ACTIVE");
                case RETURN -> status.equals("ON_BREAK");
                case WITHDRAWAL -> !status.equals("WITHDRAWN");
            };
        }
        if (op instanceof Op.ChangeOfProgramme change) {
            Learner learner = learners.get(change.learner());
            return !learner.status.equals("WITHDRAWN")
                    && (learner.programme != change.programme() || learner.option != null)
                    && learner.startDate.plusDays(1).isBefore(learner.plannedEndDate);
        }
        if (op instanceof Op.ChangeOfEmployer change) {
            Learner learner = learners.get(change.learner());
            return learner.status.equals("ACTIVE")
                    && addressEmployer[change.address()] != addressEmployer[learner.address]
                    && managerEmployer[change.manager()] == addressEmployer[change.address()];
        }
        if (op instanceof Op.ChangeOfPersonalDetails change) {
            return !learners.get(change.learner()).familyName.equals(change.familyName());
        }
        if (op instanceof Op.ChangeStandardVersion change) {
            return !programmes.get(change.programme()).version.equals(change.version());
        }
        if (op instanceof Op.ChangeProgrammeEpao change) {
            return !programmes.get(change.programme()).epao.equals(change.epao());
        }
        return op instanceof Op.Fault || op instanceof Op.BreakToken || op instanceof Op.RestoreToken;
    }

    /** Applies a step the product accepted, as the rules say; faults and tokens change nothing here. */
    void apply(Op op) {
        if (op instanceof Op.Register register) {
            register(register.learner(), register.connected());
        } else if (op instanceof Op.ChangeFamilyName change) {
            learners.get(change.learner()).familyName = change.familyName();
            onActive(change.learner(), record -> record.familyName = change.familyName());
        } else if (op instanceof Op.ChangeSex change) {
            learners.get(change.learner()).sex = change.sex();
            onActive(change.learner(), record -> record.sex = change.sex());
        } else if (op instanceof Op.ReplaceCaseOwner replace) {
            learners.get(replace.learner()).caseOwner = replace.caseOwner();
            onActive(replace.learner(), record -> record.tutor = tutor(replace.learner()));
        } else if (op instanceof Op.ReplaceWorkplace replace) {
            replaceWorkplace(replace);
        } else if (op instanceof Op.ChangeCaseOwner change) {
            caseOwnerNames[change.caseOwner()] = change.familyName();
            linked(learner -> learner.caseOwner == change.caseOwner(), (index, record) -> record.tutor = tutor(index));
        } else if (op instanceof Op.ChangeManager change) {
            managerPhones[change.manager()] = change.phone();
            linked(learner -> learner.manager == change.manager(), (index, record) -> record.contact = contact(index));
        } else if (op instanceof Op.RenameEmployer rename) {
            employerNames[rename.employer()] = rename.name();
            linked(learner -> addressEmployer[learner.address] == rename.employer(),
                    (index, record) -> employer(record, index));
        } else if (op instanceof Op.ChangeAddress change) {
            addressLines[change.address()] = change.line1();
            linked(learner -> learner.address == change.address(), (index, record) -> employer(record, index));
        } else if (op instanceof Op.ChangePlannedEndDate change) {
            learners.get(change.learner()).plannedEndDate = change.plannedEndDate();
            if (change.via() == Op.Via.UI) {
                onActive(change.learner(), record -> record.plannedEndDate = change.plannedEndDate());
            }
        } else if (op instanceof Op.MoveProgramme move) {
            Learner learner = learners.get(move.learner());
            // Another programme comes with its EPAO; another option of the same keeps the learner's.
            String epao = learner.programme == move.programme() ? learner.epao : programmes.get(move.programme()).epao;
            learner.programme = move.programme();
            learner.option = move.option();
            moveTo(move.learner(), epao);
        } else if (op instanceof Op.MoveEpao move) {
            moveTo(move.learner(), move.epao());
        } else if (op instanceof Op.Circumstance circumstance) {
            circumstance(circumstance);
        } else if (op instanceof Op.ChangeOfProgramme change) {
            changeOfProgramme(change);
        } else if (op instanceof Op.ChangeOfEmployer change) {
            Learner learner = learners.get(change.learner());
            learner.address = change.address();
            learner.manager = change.manager();
            onActive(change.learner(), record -> {
                employer(record, change.learner());
                if (!change.manual()) {
                    record.contact = contact(change.learner());
                }
            });
        } else if (op instanceof Op.ChangeOfPersonalDetails change && change.approved()) {
            learners.get(change.learner()).familyName = change.familyName();
            onActive(change.learner(), record -> record.familyName = change.familyName());
        } else if (op instanceof Op.ChangeStandardVersion change) {
            programmes.get(change.programme()).version = change.version();
            linked(learner -> learner.programme == change.programme(),
                    (index, record) -> record.standardVersion = change.version());
        } else if (op instanceof Op.ChangeProgrammeEpao change) {
            String old = programmes.get(change.programme()).epao;
            programmes.get(change.programme()).epao = change.epao();
            for (int i = 0; i < learners.size(); i++) {
                Learner learner = learners.get(i);
                if (learner.programme == change.programme() && learner.epao.equals(old)) {
                    moveTo(i, change.epao());
                }
            }
        }
    }

    private void replaceWorkplace(Op.ReplaceWorkplace replace) {
        Learner learner = learners.get(replace.learner());
        boolean newSite = learner.address != replace.address();
        boolean newManager = learner.manager != replace.manager();
        learner.address = replace.address();
        learner.manager = replace.manager();
        onActive(replace.learner(), record -> {
            if (newSite) {
                employer(record, replace.learner());
            }
            if (newManager) {
                record.contact = contact(replace.learner());
            }
        });
    }

    /** Every record of every learner, as the comparison reads them. */
    List<String> expected(int learner) {
        return records.get(learner).stream().map(Record::describe).sorted().collect(Collectors.toList());
    }

    private void register(int index, boolean connected) {
        Learner learner = learners.get(index);
        learner.registeredEpao = learner.epao;
        learner.registration = connected ? "CONNECTED" : "MANUAL";
        if (connected) {
            registerFresh(index);
        }
    }

    /**
     * A fresh record at the learner's EPAO; one the learner left there without a withdrawal (a change of
     * programme by hand) is cancelled first, since a platform keeps one live record per learner.
     */
    private void registerFresh(int index) {
        String epao = learners.get(index).epao;
        for (Record stale : records.get(index)) {
            if (!stale.active && stale.epao.equals(epao) && !stale.closed()) {
                stale.status = "CANCELLED";
                stale.circumstances.add("CANCELLATION");
            }
        }
        records.get(index).add(fresh(index));
    }

    /** The record a registration creates: the learner as it is now, in the status it is in (RG-1, CV-4). */
    private Record fresh(int index) {
        Learner learner = learners.get(index);
        Record record = new Record(learner.epao);
        record.status = switch (learner.status) {
            case "ON_BREAK" -> "SUSPENDED";
            case "WITHDRAWN" -> "WITHDRAWN";
            default -> "ON_PROGRAMME";
        };
        record.familyName = learner.familyName;
        record.sex = learner.sex;
        employer(record, index);
        record.contact = contact(index);
        record.tutor = tutor(index);
        programme(record, index);
        return record;
    }

    /** The learner's EPAO becomes {@code epao} through the API or a programme: PC-1, PC-3, PC-4, PC-5. */
    private void moveTo(int index, String epao) {
        Learner learner = learners.get(index);
        learner.epao = epao;
        if (!learner.registration.equals("CONNECTED")) {
            return;
        }
        Record record = active(index);
        if (epao.equals(learner.registeredEpao)) {
            if (!record.closed()) {
                programme(record, index);
                record.programmes++;
            }
            return;
        }
        if (!record.closed()) {
            record.status = "WITHDRAWN";
            record.circumstances.add("TRANSFER_TO_ANOTHER_EPAO");
        }
        record.active = false;
        learner.registeredEpao = epao;
        if (connectedEpaos.contains(epao)) {
            registerFresh(index);
        } else {
            learner.registration = "MANUAL";
        }
    }

    private void circumstance(Op.Circumstance circumstance) {
        Learner learner = learners.get(circumstance.learner());
        LocalDate newPlannedEnd = learner.plannedEndDate.plusDays(30);
        learner.status = switch (circumstance.kind()) {
            case BREAK -> "ON_BREAK";
            case RETURN -> "ACTIVE";
            case WITHDRAWAL -> "WITHDRAWN";
        };
        if (circumstance.kind() == Op.Circumstance.Kind.RETURN) {
            learner.plannedEndDate = newPlannedEnd;
        }
        if (circumstance.manual()) {
            return;
        }
        onActive(circumstance.learner(), record -> {
            if (record.closed()) {
                return;
            }
            switch (circumstance.kind()) {
                case BREAK -> {
                    record.status = "SUSPENDED";
                    record.circumstances.add("BREAK_IN_LEARNING");
                }
                case RETURN -> {
                    record.status = "ON_PROGRAMME";
                    record.circumstances.add("RETURN_TO_LEARNING");
                    record.plannedEndDate = newPlannedEnd;
                }
                case WITHDRAWAL -> {
                    record.status = "WITHDRAWN";
                    record.circumstances.add("WITHDRAWAL");
                }
            }
        });
    }

    /**
     * A change of programme: by a tracker, recorded where the learner was (CC-4), then moved as PC-*
     * says; by hand, nothing is sent, and a move to another EPAO makes the registration manual (CC-5).
     */
    private void changeOfProgramme(Op.ChangeOfProgramme change) {
        Learner learner = learners.get(change.learner());
        learner.programme = change.programme();
        learner.option = null;
        learner.startDate = learner.startDate.plusDays(1);
        String epao = programmes.get(change.programme()).epao;
        if (change.manual()) {
            boolean leaves = learner.registration.equals("CONNECTED") && !epao.equals(learner.registeredEpao);
            learner.epao = epao;
            if (leaves) {
                active(change.learner()).active = false;
                learner.registration = "MANUAL";
                learner.registeredEpao = epao;
            }
            return;
        }
        onActive(change.learner(), record -> {
            if (!record.closed()) {
                record.circumstances.add("CHANGE_OF_PROGRAMME");
            }
        });
        moveTo(change.learner(), epao);
    }

    private Record active(int index) {
        return records.get(index).stream().filter(record -> record.active).findFirst().orElseThrow();
    }

    private void onActive(int index, Consumer<Record> change) {
        if (learners.get(index).registration.equals("CONNECTED")) {
            change.accept(active(index));
        }
    }

    /** A change to a record linked to learners reaches the active record of each connected one (FO-1). */
    private void linked(Predicate<Learner> linkedTo, BiConsumer<Integer, Record> change) {
        for (int i = 0; i < learners.size(); i++) {
            if (linkedTo.test(learners.get(i)) && learners.get(i).registration.equals("CONNECTED")) {
                change.accept(i, active(i));
            }
        }
    }

    private void employer(Record record, int index) {
        int address = learners.get(index).address;
        record.employer = employerNames[addressEmployer[address]];
        record.address = addressLines[address] + ", " + addressPostcodes[address];
    }

    private String contact(int index) {
        int manager = learners.get(index).manager;
        return managerNames[manager] + " " + managerPhones[manager];
    }

    private String tutor(int index) {
        return caseOwnerNames[learners.get(index).caseOwner];
    }

    private void programme(Record record, int index) {
        Learner learner = learners.get(index);
        record.standardVersion = programmes.get(learner.programme).version;
        record.option = learner.option;
        record.startDate = learner.startDate;
        record.plannedEndDate = learner.plannedEndDate;
    }
}
