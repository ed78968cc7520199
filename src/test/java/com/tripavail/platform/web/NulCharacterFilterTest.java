package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class NulCharacterFilterTest {

    @Test
    void theFirstParameterWithNulInItsNameOrAValueIsNamed() {
        var params = new MultivaluedHashMap<String, String>();
        params.add("city", "Lisboa");
        assertThat(NulCharacterFilter.firstWithNul(params)).isNull();
        params.add("country", "PT");
        params.add("country", "\u0000\u0000");
        assertThat(NulCharacterFilter.firstWithNul(params)).isEqualTo("country");
        var named = new MultivaluedHashMap<String, String>();
        named.add("a\u0000", "x");
        assertThat(NulCharacterFilter.firstWithNul(named)).isEqualTo("a\uFFFD");
    }
}
