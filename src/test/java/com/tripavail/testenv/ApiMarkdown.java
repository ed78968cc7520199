package com.tripavail.testenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations docs/api.md (the HTTP contract) names, read from its tables as they are written: a row's
 * backticked {@code VERB /path} items ({@code ?query} dropped, {@code {hotel,tour}} expanded), the
 * {@code `/reject`} shorthand that replaces the last segment of the item before it, and the statuses the
 * row's last cell names ({@code `409` `insufficient_inventory`} also names the problem code; a status
 * written as {@code not `403`} is not one the operation answers). The conventions table is rules, not
 * operations.
 */
public final class ApiMarkdown {
    public static final Path FILE = Path.of("docs", "api.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern OPERATION = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) (/\\S*)");
    private static final Pattern SHORTHAND = Pattern.compile("/[a-z/-]+");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\{([a-z]+(?:,[a-z]+)+)}");
    private static final Pattern STATUS = Pattern.compile("(not )?`(\\d{3})`((?:(?: code)? `[a-z_]+`(?: /)?)*)");

    /** One operation as api.md names it; {@code codes} maps a status to the problem codes named with it. */
    public record Operation(String section, String verb, String path, Map<String, Set<String>> codes) {
        public String key() {
            return verb + " " + path;
        }
    }

    private ApiMarkdown() {}

    public static String text() {
        return read(FILE.toString());
    }

    /** A document of the repository, by its path from the project's root. */
    public static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        String section = "";
        for (String line : text().split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
            } else if (isOperationRow(line) && !section.equals("Conventions")) {
                List<String> cells = cells(line);
                Map<String, Set<String>> codes = statuses(cells.get(cells.size() - 1));
                for (String[] op : rowOperations(cells)) {
                    operations.add(new Operation(section, op[0], op[1], codes));
                }
            }
        }
        return operations;
    }

    /** The statuses (and the codes named with them) a piece of api.md's prose or a cell names. */
    public static Map<String, Set<String>> statuses(String text) {
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Matcher m = STATUS.matcher(text);
        while (m.find()) {
            if (m.group(1) == null) {
                Set<String> named = codes.computeIfAbsent(m.group(2), s -> new LinkedHashSet<>());
                Matcher code = BACKTICKED.matcher(m.group(3));
                while (code.find()) {
                    named.add(code.group(1));
                }
            }
        }
        return codes;
    }

    /** The text once per alternative of each {@code {hotel,tour}} it writes, so a path can be searched in it. */
    public static String expandAlternatives(String text) {
        Matcher alternatives = ALTERNATIVES.matcher(text);
        if (!alternatives.find()) {
            return text;
        }
        StringBuilder all = new StringBuilder();
        for (String each : alternatives.group(1).split(",")) {
            all.append(expandAlternatives(text.replace(alternatives.group(), each)))
                    .append('\n');
        }
        return all.toString();
    }

    private static boolean isOperationRow(String line) {
        return line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| verb path");
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
            cells.add(cell.trim());
        }
        return cells;
    }

    private static List<String[]> rowOperations(List<String> cells) {
        List<String[]> all = new ArrayList<>();
        List<String[]> previous = List.of();
        for (int i = 0; i < cells.size(); i++) {
            Matcher item = BACKTICKED.matcher(cells.get(i));
            while (item.find()) {
                Matcher op = OPERATION.matcher(item.group(1));
                if (op.matches()) {
                    previous = expand(op.group(1), op.group(2).replaceAll("\\?.*", ""));
                    all.addAll(previous);
                } else if (i == 0 && SHORTHAND.matcher(item.group(1)).matches()) {
                    List<String[]> siblings = new ArrayList<>();
                    for (String[] before : previous) {
                        String parent = before[1].substring(0, before[1].lastIndexOf('/'));
                        siblings.add(new String[] {before[0], parent + item.group(1)});
                    }
                    all.addAll(siblings);
                }
            }
        }
        return all;
    }

    private static List<String[]> expand(String verb, String path) {
        Matcher alternatives = ALTERNATIVES.matcher(path);
        if (!alternatives.find()) {
            return List.<String[]>of(new String[] {verb, path});
        }
        List<String[]> expanded = new ArrayList<>();
        for (String each : alternatives.group(1).split(",")) {
            expanded.add(new String[] {verb, path.replace(alternatives.group(), each)});
        }
        return expanded;
    }
}
