package com.tripavail.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The words of a search and the full-text query built from them. A word matches itself or, for
 * words of {@link #MIN_FUZZY_LENGTH} letters or more, one of its close spellings found in the
 * vocabulary by trigram similarity ({@code lisbn} matches {@code lisbon}); every word must match.
 * Words are letters and digits only, so the query text needs no escaping beyond the quotes.
 */
public final class SearchText {
    /** Shorter words have too few trigrams for similarity to mean anything. */
    public static final int MIN_FUZZY_LENGTH = 3;

    public static final int MAX_WORDS = 10;
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** Lower-case words in order, without repeats, at most {@link #MAX_WORDS}. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    /** The words worth looking up in the vocabulary for close spellings. */
    public static List<String> fuzzyWords(List<String> words) {
        return words.stream().filter(w -> w.length() >= MIN_FUZZY_LENGTH).toList();
    }

    /**
     * PostgreSQL {@code to_tsquery} text: {@code ('lisbn' | 'lisbon') & ('food')}, each word OR its
     * close spellings, the words AND-ed.
     */
    public static String tsQuery(List<String> words, Map<String, List<String>> spellings) {
        StringJoiner all = new StringJoiner(" & ");
        for (String word : words) {
            List<String> alternatives = new ArrayList<>();
            alternatives.add(word);
            spellings.getOrDefault(word, List.of()).stream()
                    .filter(s -> !alternatives.contains(s))
                    .forEach(alternatives::add);
            StringJoiner any = new StringJoiner(" | ", "(", ")");
            alternatives.forEach(a -> any.add(quote(a)));
            all.add(any.toString());
        }
        return all.toString();
    }

    private static String quote(String lexeme) {
        return "'" + SEPARATOR.matcher(lexeme).replaceAll("") + "'";
    }
}
