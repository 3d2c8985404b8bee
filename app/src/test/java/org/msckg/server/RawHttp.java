package org.msckg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client would send: raw request targets with
 * invalid percent-encodings, dot segments and bytes that are not UTF-8.
 */
public final class RawHttp {
    private final int port;
    private final Duration readTimeout;

    public RawHttp(int port, Duration readTimeout) {
        this.port = port;
        this.readTimeout = readTimeout;
    }

    /** status -1: no complete answer within the read timeout; 0: the connection closed without an answer. */
    public record Response(int status, String head, String body, long millis) {
        public String text() {
            return head + "\r\n\r\n" + body;
        }
    }

    public Response send(String method, String target, String contentType, byte[] body) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) readTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\nConnection: close\r\n");
            if (body != null) {
                head.append("Content-Type: ")
                        .append(contentType)
                        .append("\r\nContent-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedBeforeTheBodyWasRead) {
                socket.shutdownOutput();
            }
            String answer = readAll(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            int split = answer.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? answer : answer.substring(0, split);
            String responseBody = split < 0 ? "" : answer.substring(split + 4);
            String[] statusLine = responseHead.split(" ", 3);
            int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
            return new Response(status, responseHead, responseBody, millis);
        } catch (SocketTimeoutException e) {
            return new Response(-1, "", "", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Response(0, "", e.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
