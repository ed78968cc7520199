package com.tripavail.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.paging.Cursor;
import com.tripavail.platform.problem.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void roundTripsTheExactScore() {
        SearchCursor c = new SearchCursor(new BigDecimal("2.607927"), PackageKind.TOUR, 4050L);
        assertThat(SearchCursor.decode(c.encode("abc"), "abc")).isEqualTo(c);
        assertThat(SearchCursor.decode(null, "abc")).isNull();
        assertThat(SearchCursor.decode(" ", "abc")).isNull();
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() {
        String cursor = new SearchCursor(BigDecimal.ONE, PackageKind.HOTEL, 1L).encode("abc");
        assertThatThrownBy(() -> SearchCursor.decode(cursor, "xyz"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("invalid_cursor"));
    }

    @Test
    void aForgedCursorIsAClientError() {
        for (String forged : new String[] {
            "%%%",
            Cursor.encode("abc", "NaN", "HOTEL", 1),
            Cursor.encode("abc", "1.0", "CRUISE", 1),
            Cursor.encode("abc", "1.0", "HOTEL", "x"),
            Cursor.encode(1, 2)
        }) {
            assertThatThrownBy(() -> SearchCursor.decode(forged, "abc"))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(400));
        }
    }
}
