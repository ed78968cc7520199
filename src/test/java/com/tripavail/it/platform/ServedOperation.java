package com.tripavail.it.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripavail.testenv.ApiMarkdown;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One operation of the served OpenAPI document: its verb, its path template, and what it answers. A path
 * parameter whose schema is a plain alternation ({@code publish|unpublish|archive}) stands for each of
 * its values, so api.md's {@code /publish} is that operation.
 */
record ServedOperation(String verb, String template, JsonNode operation, JsonNode document) {
    private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern ALTERNATION = Pattern.compile("\\^?\\(?([a-z-]+(?:\\|[a-z-]+)+)\\)?\\$?");

    static List<ServedOperation> all(JsonNode document) {
        List<ServedOperation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (VERBS.contains(op.getKey())) {
                    all.add(new ServedOperation(op.getKey().toUpperCase(), path.getKey(), op.getValue(), document));
                }
            });
        }
        return all;
    }

    /** Whether a path as api.md writes it ({@code {id}} for any identifier) is this operation. */
    boolean matches(String verb, String path) {
        if (!this.verb.equals(verb)) {
            return false;
        }
        String[] wanted = path.split("/");
        String[] own = template.split("/");
        if (wanted.length != own.length) {
            return false;
        }
        for (int i = 0; i < own.length; i++) {
            boolean same = isParameter(own[i])
                    ? isParameter(wanted[i]) || values(own[i]).contains(wanted[i])
                    : own[i].equals(wanted[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The template with every alternation parameter replaced by each of its values. */
    List<String> concretePaths() {
        List<String> paths = new ArrayList<>(List.of(""));
        for (String segment : template.substring(1).split("/")) {
            List<String> longer = new ArrayList<>();
            List<String> values = isParameter(segment) ? values(segment) : List.of();
            for (String head : paths) {
                if (values.isEmpty()) {
                    longer.add(head + "/" + segment);
                } else {
                    values.forEach(value -> longer.add(head + "/" + value));
                }
            }
            paths = longer;
        }
        return paths;
    }

    /** The description of the answer with this status (a shared answer's through its $ref), or null. */
    String describe(String status) {
        JsonNode answer = operation.path("responses").path(status);
        if (answer.isMissingNode()) {
            return null;
        }
        if (answer.has("$ref")) {
            answer = document.at(answer.get("$ref").asText().substring(1));
        }
        return answer.path("description").asText("");
    }

    static boolean samePath(String documented, String served) {
        return documented.replaceAll("\\{[^}]+}", "{}").equals(served.replaceAll("\\{[^}]+}", "{}"));
    }

    /** Whether a document names this path as a whole path (its parameters under any name, {@code {hotel,tour}} expanded). */
    static boolean mentions(String text, String path) {
        String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E\\\\{[^}]+}\\\\Q") + "(?![\\w/{-])";
        return Pattern.compile(regex)
                .matcher(ApiMarkdown.expandAlternatives(text))
                .find();
    }

    private List<String> values(String parameter) {
        String name = parameter.substring(1, parameter.length() - 1);
        List<JsonNode> declared = new ArrayList<>();
        operation.path("parameters").forEach(declared::add);
        document.path("paths").path(template).path("parameters").forEach(declared::add);
        for (JsonNode p : declared) {
            if (name.equals(p.path("name").asText())
                    && "path".equals(p.path("in").asText())) {
                var alternation =
                        ALTERNATION.matcher(p.path("schema").path("pattern").asText());
                return alternation.matches() ? List.of(alternation.group(1).split("\\|")) : List.of();
            }
        }
        return List.of();
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
