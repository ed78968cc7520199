package com.tripavail.payment;

/**
 * The test gateway's payment methods, like a processor's test cards: what the charge becomes, how
 * the gateway answers, and which webhook it sends later. Any other method declines.
 */
enum TestCard {
    /** Succeeds at once. */
    OK("pm_card_ok", "SUCCEEDED", null, null, null, Answer.NORMAL),
    /** Declines at once. */
    DECLINED("pm_card_declined", "DECLINED", "card_declined", null, null, Answer.NORMAL),
    /** Pending; succeeds after TEST_GATEWAY_WEBHOOK_DELAY_MS, then a charge.succeeded webhook. */
    ASYNC("pm_card_async", "PENDING", null, "SUCCEEDED", "charge.succeeded", Answer.NORMAL),
    /** Pending; declines after TEST_GATEWAY_WEBHOOK_DELAY_MS, then a charge.failed webhook. */
    ASYNC_DECLINED("pm_card_async_declined", "PENDING", null, "DECLINED", "charge.failed", Answer.NORMAL),
    /** Pending until the control endpoint ends it; no webhook unless asked for. */
    PENDING("pm_card_pending", "PENDING", null, null, null, Answer.NORMAL),
    /** Captured at once, answered only after TEST_GATEWAY_SLOW_MS (time to kill the server mid-charge); webhook after. */
    SLOW("pm_card_slow", "SUCCEEDED", null, null, "charge.succeeded", Answer.SLOW),
    /** Captured, then the call fails like a timeout; the charge.succeeded webhook follows. */
    TIMEOUT_AFTER_CAPTURE(
            "pm_card_timeout_after_capture", "SUCCEEDED", null, null, "charge.succeeded", Answer.NO_ANSWER),
    /** Captured, the call times out and the webhook is lost: only reconciliation (by idempotency key) finds it. */
    CAPTURE_NO_ANSWER("pm_card_capture_no_answer", "SUCCEEDED", null, null, null, Answer.NO_ANSWER),
    UNKNOWN("", "DECLINED", "unknown test payment method", null, null, Answer.NORMAL);

    enum Answer {
        NORMAL,
        SLOW,
        NO_ANSWER
    }

    private final String method;
    private final String status;
    private final String failure;
    private final String settlesTo;
    private final String eventType;
    private final Answer answer;

    TestCard(String method, String status, String failure, String settlesTo, String eventType, Answer answer) {
        this.method = method;
        this.status = status;
        this.failure = failure;
        this.settlesTo = settlesTo;
        this.eventType = eventType;
        this.answer = answer;
    }

    static TestCard of(String method) {
        for (TestCard c : values()) {
            if (c != UNKNOWN && c.method.equals(method)) {
                return c;
            }
        }
        return UNKNOWN;
    }

    String status() {
        return status;
    }

    String failure() {
        return failure;
    }

    String settlesTo() {
        return settlesTo;
    }

    String eventType() {
        return eventType;
    }

    Answer answer() {
        return answer;
    }
}
