package com.tripavail.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wordsAreLowerCaseLettersAndDigitsWithoutRepeats() {
        assertThat(SearchText.words("  Lisbon, city-break  LISBON 2 nights!"))
                .containsExactly("lisbon", "city", "break", "2", "nights");
        assertThat(SearchText.words("Évora à noite")).containsExactly("évora", "à", "noite");
        assertThat(SearchText.words("'; DROP TABLE x; --")).containsExactly("drop", "table", "x");
        assertThat(SearchText.words("!!! ---")).isEmpty();
    }

    @Test
    void atMostTenWords() {
        assertThat(SearchText.words("a b c d e f g h i j k l")).hasSize(SearchText.MAX_WORDS);
    }

    @Test
    void onlyWordsOfThreeLettersOrMoreAreLookedUpForSpellings() {
        assertThat(SearchText.fuzzyWords(List.of("st", "lisbn", "2", "spa"))).containsExactly("lisbn", "spa");
    }

    @Test
    void everyWordMustMatchItselfOrOneOfItsSpellings() {
        String q = SearchText.tsQuery(List.of("lisbn", "food"), Map.of("lisbn", List.of("lisbon", "lisboa")));
        assertThat(q).isEqualTo("('lisbn' | 'lisbon' | 'lisboa') & ('food')");
    }

    @Test
    void spellingsRepeatingTheWordAreDroppedAndQuotesCannotEscape() {
        assertThat(SearchText.tsQuery(List.of("porto"), Map.of("porto", List.of("porto", "oporto"))))
                .isEqualTo("('porto' | 'oporto')");
        assertThat(SearchText.tsQuery(List.of("it's"), Map.of())).isEqualTo("('its')");
    }
}
