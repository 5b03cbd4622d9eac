package uk.learnersync.provider.epa.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The register's TSV and the standards' CSV files: one record a line (none spans lines), fields
 * optionally in double quotes with {@code ""} for a quote. Values are trimmed: the sources pad some names.
 */
final class Delimited {

    private Delimited() {
    }

    /** The rows after the header line, each with as many fields as the line has. */
    static List<List<String>> rows(String content, char separator) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(fields(lines[i], separator));
            }
        }
        return rows;
    }

    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
