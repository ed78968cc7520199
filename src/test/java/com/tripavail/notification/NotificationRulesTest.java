package com.tripavail.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SMTP_URL parsing, retry back-off and the words of a notification. */
class NotificationRulesTest {

    @Test
    void smtpUrlCarriesCredentialsButNeverPrintsThePassword() {
        SmtpUrl url = SmtpUrl.parse("smtp://mailer%40tripavail.com:s3cr%3At@mail.example.net:2525?starttls=true");
        assertThat(url.host()).isEqualTo("mail.example.net");
        assertThat(url.port()).isEqualTo(2525);
        assertThat(url.user()).isEqualTo("mailer@tripavail.com");
        assertThat(url.password()).isEqualTo("s3cr:t");
        assertThat(url.startTls()).isTrue();
        assertThat(url.toString()).doesNotContain("s3cr");
        assertThat(url.mailProperties())
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.port", "2525");
        SmtpUrl tls = SmtpUrl.parse("smtps://mail.example.net");
        assertThat(tls.port()).isEqualTo(465);
        assertThat(tls.mailProperties())
                .containsEntry("mail.smtps.host", "mail.example.net")
                .containsEntry("mail.smtps.auth", "false");
        assertThatThrownBy(() -> SmtpUrl.parse("http://mail.example.net")).hasMessageContaining("smtp://");
        assertThatThrownBy(() -> SmtpUrl.parse("smtp:///nohost")).hasMessageContaining("no host");
    }

    @Test
    void backOffDoublesUpToAnHour() {
        Duration base = Duration.ofSeconds(30);
        assertThat(RetryBackoff.after(1, base)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.after(2, base)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryBackoff.after(4, base)).isEqualTo(Duration.ofSeconds(240));
        assertThat(RetryBackoff.after(8, base)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.after(500, base)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void amountsUseTheCurrencysOwnMinorUnits() {
        assertThat(NotificationTemplates.money(24690, "EUR")).isEqualTo("EUR 246.90");
        assertThat(NotificationTemplates.money(5000, "JPY")).isEqualTo("JPY 5000");
        assertThat(NotificationTemplates.money(1234, "BHD")).isEqualTo("BHD 1.234");
    }

    @Test
    void aConfirmationNamesTheTripAndTheReference() {
        UUID ref = UUID.fromString("00000000-0000-0000-0000-000000000042");
        var facts = new BookingFacts(
                ref, "Lisbon riverside", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3), 30000, "EUR");
        RenderedMessage m = NotificationTemplates.render(NotificationKind.BOOKING_CONFIRMED, "Ana", facts);
        assertThat(m.subject()).isEqualTo("Your booking is confirmed: Lisbon riverside");
        assertThat(m.body())
                .startsWith("Hello Ana,")
                .contains("2027-05-01 to 2027-05-03")
                .contains("EUR 300.00")
                .contains(ref.toString());
        assertThat(NotificationTemplates.render(NotificationKind.BOOKING_HOLD_EXPIRED, null, facts)
                        .body())
                .startsWith("Hello traveller,");
    }

    @Test
    void theFactsTravelInThePayloadAndComeBackTheSame() {
        var booking = new BookingFacts(
                UUID.randomUUID(),
                "Lisbon \"riverside\"",
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 3),
                30000,
                "EUR");
        assertThat(BookingFacts.fromJson(booking.toJson())).isEqualTo(booking);
        var failed = new PayoutFacts(5950, "EUR", "account_closed");
        assertThat(PayoutFacts.fromJson(failed.toJson())).isEqualTo(failed);
        var paid = new PayoutFacts(5950, "EUR", null);
        assertThat(PayoutFacts.fromJson(paid.toJson())).isEqualTo(paid);
        assertThat(NotificationKind.parse("PAYOUT_PAID")).contains(NotificationKind.PAYOUT_PAID);
        assertThat(NotificationKind.parse("SOMETHING_NEWER")).isEmpty();
    }

    @Test
    void aPayoutNotificationSaysHowMuchAndWhyItFailed() {
        var paid = new PayoutFacts(5950, "EUR", null);
        RenderedMessage m = NotificationTemplates.render(NotificationKind.PAYOUT_PAID, "Casa Azul", paid);
        assertThat(m.subject()).isEqualTo("Your payout of EUR 59.50 is on its way");
        assertThat(m.body()).startsWith("Hello Casa Azul,").contains("EUR 59.50");
        var failed = new PayoutFacts(5950, "EUR", "account_closed");
        assertThat(NotificationTemplates.render(NotificationKind.PAYOUT_FAILED, "Casa Azul", failed)
                        .body())
                .contains("EUR 59.50")
                .contains("account_closed")
                .contains("payout destination");
    }
}
