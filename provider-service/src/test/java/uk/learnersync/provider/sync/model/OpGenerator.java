package uk.learnersync.provider.sync.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Draws random steps that the model says the product must accept, weighted towards what providers do
 * most, with faults and token rotations mixed in. The same seed gives the same sequence.
 */
final class OpGenerator {

    private static final String[] FAMILY_NAMES = {"Byron", "King", "Somerville", "Babbage", "Hopper", "Noether"};
    private static final String[] FAULTS = {"DOWN", "ERRORS", "SLOW", "REJECT", "NONE", "NONE"};

    private final Random random;
    private final String connected;
    private final String otherConnected;
    private final String unconnected;
    private final List<Weighted> choices = new ArrayList<>();

    private record Weighted(int weight, Function<ReferenceModel, Op> draw) {
    }

    OpGenerator(long seed, String connected, String otherConnected, String unconnected) {
        this.random = new Random(seed);
        this.connected = connected;
        this.otherConnected = otherConnected;
        this.unconnected = unconnected;
        add(6, model -> new Op.Register(learner(model), random.nextInt(5) > 0));
        add(6, model -> new Op.ChangeFamilyName(learner(model), name(), via()));
        add(2, model -> new Op.ChangeSex(learner(model), random.nextBoolean() ? "F" : "M", via()));
        add(2, model -> new Op.ReplaceCaseOwner(learner(model), random.nextInt(2), via()));
        add(2, model -> {
            int address = random.nextInt(3);
            return new Op.ReplaceWorkplace(learner(model), address, managerAt(model, address));
        });
        add(2, model -> new Op.ChangeCaseOwner(random.nextInt(2), name()));
        add(2, model -> new Op.ChangeManager(random.nextInt(3), "0113 496 00" + (10 + random.nextInt(90))));
        add(1, model -> new Op.RenameEmployer(random.nextInt(2), name() + " Ltd"));
        add(1, model -> new Op.ChangeAddress(random.nextInt(3), (1 + random.nextInt(99)) + " Canal Street"));
        add(2, model -> new Op.ChangePlannedEndDate(learner(model),
                ReferenceModel.PLANNED_END.plusDays(random.nextInt(200) - 100), via()));
        add(3, model -> {
            int programme = random.nextInt(4);
            String option = programme == 0 && random.nextBoolean() ? (random.nextBoolean() ? "Core" : "Extra") : null;
            return new Op.MoveProgramme(learner(model), programme, option);
        });
        add(3, model -> new Op.MoveEpao(learner(model), epao()));
        add(5, model -> new Op.Circumstance(learner(model),
                Op.Circumstance.Kind.values()[random.nextInt(3)], random.nextInt(4) == 0));
        add(2, model -> new Op.ChangeOfProgramme(learner(model), random.nextInt(4), random.nextInt(4) == 0));
        add(2, model -> {
            int address = random.nextInt(3);
            return new Op.ChangeOfEmployer(learner(model), address, managerAt(model, address), random.nextInt(3) == 0);
        });
        add(2, model -> new Op.ChangeOfPersonalDetails(learner(model), name(), random.nextInt(4) > 0));
        add(1, model -> new Op.ChangeStandardVersion(random.nextInt(3), "1." + random.nextInt(4)));
        add(1, model -> new Op.ChangeProgrammeEpao(1, epao()));
        add(3, model -> new Op.Fault(FAULTS[random.nextInt(FAULTS.length)]));
        add(1, model -> new Op.BreakToken(random.nextBoolean() ? connected : otherConnected));
        add(1, model -> new Op.RestoreToken(random.nextBoolean() ? connected : otherConnected));
    }

    private void add(int weight, Function<ReferenceModel, Op> draw) {
        choices.add(new Weighted(weight, draw));
    }

    /** A sequence of {@code length} steps, each one the model allows after those before it. */
    List<Op> sequence(ReferenceModel model, int length) {
        List<Op> steps = new ArrayList<>();
        while (steps.size() < length) {
            Op op = draw(model);
            if (model.allows(op)) {
                model.apply(op);
                steps.add(op);
            }
        }
        return steps;
    }

    private Op draw(ReferenceModel model) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int pick = random.nextInt(total);
        for (Weighted choice : choices) {
            pick -= choice.weight();
            if (pick < 0) {
                return choice.draw().apply(model);
            }
        }
        throw new IllegalStateException("no choice");
    }

    private int learner(ReferenceModel model) {
        return random.nextInt(model.learners.size());
    }

    private int managerAt(ReferenceModel model, int address) {
        List<Integer> managers = new ArrayList<>();
        for (int manager = 0; manager < model.managerEmployer.length; manager++) {
            if (model.managerEmployer[manager] == model.addressEmployer[address]) {
                managers.add(manager);
            }
        }
        return managers.get(random.nextInt(managers.size()));
    }

    private String name() {
        return FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
    }

    private Op.Via via() {
        return random.nextBoolean() ? Op.Via.UI : Op.Via.API;
    }

    private String epao() {
        int pick = random.nextInt(3);
        return pick == 0 ? connected : pick == 1 ? otherConnected : unconnected;
    }
}
