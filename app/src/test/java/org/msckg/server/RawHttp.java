package org.msckg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client would send: raw request targets with
 * invalid percent-encodings, dot segments and bytes that are not UTF-8, raw header lines, bodies
 * sent slowly or cut short, and requests that are not HTTP/1.1 at all.
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
        return send(method, target, List.of(), contentType, body, Duration.ZERO);
    }

    /**
     * As {@link #send(String, String, String, byte[])}, with more header lines, and the body sent in
     * three parts with {@code pause} between them (a slow client); a body shorter than its
     * Content-Length can be sent with {@code declaredLength}.
     */
    public Response send(
            String method, String target, List<String> headers, String contentType, byte[] body, Duration pause) {
        return send(method, target, headers, contentType, body, body == null ? 0 : body.length, pause);
    }

    public Response send(
            String method,
            String target,
            List<String> headers,
            String contentType,
            byte[] body,
            int declaredLength,
            Duration pause) {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:")
                .append(port)
                .append("\r\nConnection: close\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body != null) {
            head.append("Content-Type: ")
                    .append(contentType)
                    .append("\r\nContent-Length: ")
                    .append(declaredLength)
                    .append("\r\n");
        }
        return exchange(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    int third = body.length / 3;
                    for (int part = 0; part < 3; part++) {
                        out.write(body, part * third, part == 2 ? body.length - 2 * third : third);
                        out.flush();
                        if (part < 2 && !pause.isZero()) {
                            Thread.sleep(pause.toMillis());
                        }
                    }
                }
                out.flush();
            } catch (IOException refusedBeforeTheBodyWasRead) {
                socket.shutdownOutput();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        });
    }

    /**
     * Sends {@code request} as it is (ISO-8859-1), request line and all, and reads the answer while
     * it is being sent: a server may answer a request it refuses before it has read all of it.
     */
    public Response exchange(String request) {
        return exchange(socket -> {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        });
    }

    private interface Sender {
        void send(Socket socket) throws IOException;
    }

    private Response exchange(Sender sender) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) readTimeout.toMillis());
            Thread sending = new Thread(() -> {
                try {
                    sender.send(socket);
                } catch (IOException refusedWhileSending) {
                    // the server may answer and close before it has read the whole request
                }
            });
            sending.setDaemon(true);
            sending.start();
            return answer(socket, start);
        } catch (SocketTimeoutException e) {
            return new Response(-1, "", "", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Response(0, "", e.toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static Response answer(Socket socket, long start) throws IOException {
        String answer = readAll(socket.getInputStream());
        long millis = (System.nanoTime() - start) / 1_000_000;
        int split = answer.indexOf("\r\n\r\n");
        String responseHead = split < 0 ? answer : answer.substring(0, split);
        String responseBody = split < 0 ? "" : answer.substring(split + 4);
        String[] statusLine = responseHead.split(" ", 3);
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
        return new Response(status, responseHead, responseBody, millis);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException resetAfterTheAnswer) {
            if (bytes.size() == 0) {
                throw resetAfterTheAnswer;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
