package org.msckg.server.limits;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Whether a raw query string is well-formed percent-encoded UTF-8, as every parameter parser expects. */
final class QueryStrings {
    private QueryStrings() {}

    static boolean isWellFormed(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                char hi = raw.charAt(i + 1);
                char lo = raw.charAt(i + 2);
                if (!HexFormat.isHexDigit(hi) || !HexFormat.isHexDigit(lo)) {
                    return false;
                }
                bytes.put((byte) (HexFormat.fromHexDigit(hi) * 16 + HexFormat.fromHexDigit(lo)));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                return false;
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
