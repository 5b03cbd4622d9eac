package uk.learnersync.provider.epa.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The shipped register and standards files, parsed; see reference/epao-register/README.md for which
 * file each fact comes from and how their disagreements are settled.
 */
record ReferenceData(List<RegisterEntry> register, List<CatalogueEntry> standards, List<Assessment> assessments) {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern EPAO_ID = Pattern.compile("EPA[0-9]{4}");
    private static final Pattern UKPRN = Pattern.compile("[0-9]{8}");
    /** A reference with a version or variant suffix ({@code ST0310_02}, {@code ST0417/01}) names its standard first. */
    private static final Pattern REFERENCE = Pattern.compile("(ST[0-9]{4})(?:[_/-][0-9]+)?");
    /** Each row as a list of its fields, as many as the line has. */
    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build()
            .readerForListOf(String.class);

    record RegisterEntry(String epaoId, String name, String ukprn) {
    }

    record CatalogueEntry(int code, String reference, String title, Integer level) {
    }

    record Assessment(int standardCode, String epaoId) {
    }

    /** The file contents, each as read; the header line of each is skipped. */
    record Files(String register, String registerStandards, String registerAssessments, String larsStandards,
                 String ifateStandards) {
    }

    static ReferenceData parse(Files files) {
        List<RegisterEntry> register = new ArrayList<>();
        for (List<String> row : rows(files.register(), '\t')) {
            if (EPAO_ID.matcher(row.get(0)).matches()) {
                register.add(new RegisterEntry(row.get(0), row.get(1), UKPRN.matcher(row.get(2)).matches() ? row.get(2) : null));
            }
        }
        Map<Integer, CatalogueEntry> standards = catalogue(files);
        Set<String> epaoIds = register.stream().map(RegisterEntry::epaoId).collect(Collectors.toSet());
        // id, EPAO, standard-code, delivery-area, ...; only pairs that both sides know.
        Set<Assessment> assessments = new LinkedHashSet<>();
        for (List<String> row : rows(files.registerAssessments(), '\t')) {
            if (NUMBER.matcher(row.get(2)).matches() && standards.containsKey(Integer.parseInt(row.get(2)))
                    && epaoIds.contains(row.get(1))) {
                assessments.add(new Assessment(Integer.parseInt(row.get(2)), row.get(1)));
            }
        }
        return new ReferenceData(List.copyOf(register), List.copyOf(standards.values()), List.copyOf(assessments));
    }

    private static Map<Integer, CatalogueEntry> catalogue(Files files) {
        Map<Integer, CatalogueEntry> byCode = new LinkedHashMap<>();
        // StandardCode, Version, StandardName, StandardSectorCode, NotionalEndLevel, ...
        for (List<String> row : rows(files.larsStandards(), ',')) {
            if (NUMBER.matcher(row.get(0)).matches()) {
                int code = Integer.parseInt(row.get(0));
                byCode.put(code, new CatalogueEntry(code, null, row.get(2), level(row.get(4))));
            }
        }
        // standard-code, name, apprenticeship-standard (the IfATE reference), ...
        for (List<String> row : rows(files.registerStandards(), '\t')) {
            Optional<String> reference = reference(row.get(2));
            if (NUMBER.matcher(row.get(0)).matches() && reference.isPresent()) {
                int code = Integer.parseInt(row.get(0));
                CatalogueEntry lars = byCode.get(code);
                byCode.put(code, lars == null
                        ? new CatalogueEntry(code, reference.get(), row.get(1), null)
                        : new CatalogueEntry(code, reference.get(), lars.title(), lars.level()));
            }
        }
        // Name, Reference, ..., Level (6), ..., LARS code for providers only (11): IfATE wins.
        for (List<String> row : rows(files.ifateStandards(), ',')) {
            Optional<String> reference = reference(row.get(1));
            if (NUMBER.matcher(row.get(11)).matches() && reference.isPresent()) {
                int code = Integer.parseInt(row.get(11));
                byCode.put(code, new CatalogueEntry(code, reference.get(), row.get(0), level(row.get(6))));
            }
        }
        return byCode;
    }

    /**
     * The rows after the header line. Values are trimmed: the sources pad some names. The TSV files quote
     * as the CSV files do (a name with a comma is in double quotes).
     */
    private static List<List<String>> rows(String content, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withSkipFirstDataRow(true);
        try (MappingIterator<List<String>> rows = ROWS.with(schema).readValues(content)) {
            return rows.readAll().stream()
                    .map(row -> row.stream().map(String::strip).toList())
                    .toList();
        }
    }

    private static Optional<String> reference(String raw) {
        Matcher matcher = REFERENCE.matcher(raw);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** IfATE writes 0 for a level not yet decided. */
    private static Integer level(String raw) {
        return NUMBER.matcher(raw).matches() && Integer.parseInt(raw) > 0 ? Integer.valueOf(raw) : null;
    }
}
