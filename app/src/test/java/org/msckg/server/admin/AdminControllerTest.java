package org.msckg.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading HTTP Basic credentials: any scheme case, and nothing (never an exception) from a malformed header. */
class AdminControllerTest {
    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSchemeIsReadInAnyCase() {
        for (String scheme : new String[] {"Basic", "basic", "BASIC", "bAsIc"}) {
            assertEquals(
                    Optional.of(new AdminController.Credentials("admin", "p:w d")),
                    AdminController.basic(scheme + " " + b64("admin:p:w d")),
                    scheme);
        }
    }

    @Test
    void aMalformedHeaderGivesNoCredentials() {
        String[] malformed = {
            "Basic " + b64("admin"),
            "Basic YWRtaW4=",
            "Basic",
            "Basic ",
            "Basic !!!",
            "Basic YWRtaW4",
            "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', 'x'}),
            "Bearer " + b64("admin:x"),
            "Basicc " + b64("admin:x"),
            "",
            " ",
            "\u0000"
        };
        for (String header : malformed) {
            assertTrue(AdminController.basic(header).isEmpty(), header);
        }
    }
}
