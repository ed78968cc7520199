package com.tripavail.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tripavail.platform.problem.DomainException;
import com.tripavail.platform.problem.FieldError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest request(String q) {
        SearchRequest r = new SearchRequest();
        r.q = q;
        return r;
    }

    private static DomainException refused(SearchRequest r) {
        return catchThrowableOfType(DomainException.class, r::toQuery);
    }

    @Test
    void aPlainSearchHasDefaults() {
        SearchQuery q = request("  Lisbon food ").toQuery();
        assertThat(q.text()).isEqualTo("Lisbon food");
        assertThat(q.words()).containsExactly("lisbon", "food");
        assertThat(q.kind()).isNull();
        assertThat(q.limit()).isEqualTo(20);
        assertThat(q.hasDates()).isFalse();
    }

    @Test
    void qIsRequiredTwoToTwoHundredCharactersWithAWord() {
        assertThat(refused(request(null)).fieldErrors())
                .extracting(FieldError::field)
                .containsExactly("q");
        assertThat(refused(request("a")).fieldErrors())
                .extracting(FieldError::field)
                .containsExactly("q");
        assertThat(refused(request("x".repeat(201))).fieldErrors())
                .extracting(FieldError::field)
                .containsExactly("q");
        assertThat(refused(request("--")).fieldErrors().get(0).message()).contains("letter or a digit");
        assertThat(request("x".repeat(200)).toQuery().words()).hasSize(1);
    }

    @Test
    void everyInvalidParameterIsReportedAtOnce() {
        SearchRequest r = request("lisbon");
        r.kind = "cruise";
        r.country = "Portugal";
        r.minPrice = "abc";
        r.guests = "0";
        r.limit = "many";
        DomainException e = refused(r);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("validation_failed");
        assertThat(e.fieldErrors())
                .extracting(FieldError::field)
                .containsExactly("kind", "country", "minPrice", "guests", "limit");
    }

    @Test
    void pricesMustBeOrdered() {
        SearchRequest r = request("lisbon");
        r.minPrice = "5000";
        r.maxPrice = "100";
        assertThat(refused(r).fieldErrors()).extracting(FieldError::field).containsExactly("minPrice");
    }

    /** A search for "lisbon" with these trip dates (null: not sent). */
    private static SearchRequest trip(String checkIn, String checkOut, String from, String to) {
        SearchRequest r = request("lisbon");
        r.checkIn = checkIn;
        r.checkOut = checkOut;
        r.from = from;
        r.to = to;
        return r;
    }

    private static java.util.List<String> fieldsRefused(SearchRequest r) {
        return refused(r).fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void hotelAndTourDateNamesAreTheSameTripButNotBoth() {
        SearchQuery q = trip("2030-05-01", "2030-05-03", null, null).toQuery();
        assertThat(q.from()).isEqualTo(LocalDate.of(2030, 5, 1));
        assertThat(q.nights()).isEqualTo(2);
        assertThat(trip(null, null, "2030-05-01", "2030-05-03").toQuery().to()).isEqualTo(LocalDate.of(2030, 5, 3));
        assertThat(fieldsRefused(trip("2030-05-01", null, null, "2030-05-03"))).containsExactly("from");
    }

    @Test
    void dateRangesAreCompleteAndOneToSixtyDays() {
        assertThat(fieldsRefused(trip("2030-05-01", null, null, null))).containsExactly("checkOut");
        assertThat(fieldsRefused(trip(null, null, "2030-05-03", "2030-05-03"))).containsExactly("to");
        assertThat(fieldsRefused(trip(null, null, "2030-05-01", "2030-07-01"))).containsExactly("to");
        assertThat(fieldsRefused(trip(null, null, "01/05/2030", "2030-05-03"))).containsExactly("from");
        assertThat(trip(null, null, "2030-05-01", "2030-06-30").toQuery().nights())
                .isEqualTo(60);
    }

    @Test
    void cityAndDestinationNameOnePlace() {
        SearchRequest r = request("walk");
        r.destination = "Sintra";
        assertThat(r.toQuery().place()).isEqualTo("Sintra");
        r.city = "sintra";
        assertThat(r.toQuery().place()).isEqualTo("sintra");
        r.city = "Lisbon";
        assertThat(refused(r).fieldErrors()).extracting(FieldError::field).containsExactly("destination");
    }

    @Test
    void limitIsCappedLikeEveryListAndKindAndCountryAreNormalised() {
        SearchRequest r = request("lisbon");
        r.limit = "500";
        r.kind = "HOTEL";
        r.country = "pt";
        SearchQuery q = r.toQuery();
        assertThat(q.limit()).isEqualTo(100);
        assertThat(q.kind()).isEqualTo(PackageKind.HOTEL);
        assertThat(q.country()).isEqualTo("PT");
        r.limit = "0";
        assertThatThrownBy(r::toQuery)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(FieldError::field)
                                .containsExactly("limit"));
    }

    @Test
    void theFingerprintFollowsWhatDecidesTheResultNotThePage() {
        SearchRequest a = request("Lisbon food");
        SearchRequest b = request("lisbon   FOOD");
        b.limit = "5";
        assertThat(a.toQuery().fingerprint()).isEqualTo(b.toQuery().fingerprint());
        b.maxPrice = "100";
        assertThat(a.toQuery().fingerprint()).isNotEqualTo(b.toQuery().fingerprint());
    }
}
