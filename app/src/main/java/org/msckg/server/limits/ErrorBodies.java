package org.msckg.server.limits;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The response of a request Fuseki answers, with its 5xx answers held back: Fuseki writes a
 * failure as plain text (the exception's message, such as "Java heap space"), so the status and
 * text are captured here instead, for the limit filter to answer the documented JSON error. Other
 * answers, 4xx included (Fuseki's parse errors name line and column), pass through untouched.
 */
final class ErrorBodies extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private int failure;
    private ServletOutputStream out;
    private PrintWriter writer;

    ErrorBodies(HttpServletResponse response) {
        super(response);
    }

    /** The 5xx status the wrapped servlet answered, or 0. */
    int failure() {
        return failure;
    }

    /** What the wrapped servlet wrote after its 5xx status, for the log. */
    String capturedText() {
        if (writer != null) {
            writer.flush();
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private boolean capture(int status) {
        if (status >= 500 && !isCommitted()) {
            failure = status;
            return true;
        }
        return failure != 0;
    }

    @Override
    public void setStatus(int status) {
        if (!capture(status)) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (capture(status)) {
            captured.writeBytes(String.valueOf(message).getBytes(StandardCharsets.UTF_8));
        } else {
            super.sendError(status, message);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!capture(status)) {
            super.sendError(status);
        }
    }

    @Override
    public void setContentType(String type) {
        if (failure == 0) {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int length) {
        if (failure == 0) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (failure == 0) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (failure == 0) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            ServletOutputStream real = super.getOutputStream();
            out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return failure != 0 || real.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    real.setWriteListener(listener);
                }

                @Override
                public void write(int b) throws IOException {
                    if (failure != 0) {
                        captured.write(b);
                    } else {
                        real.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (failure != 0) {
                        captured.write(b, off, len);
                    } else {
                        real.write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (failure == 0) {
                        real.flush();
                    }
                }
            };
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (failure == 0) {
            super.flushBuffer();
        }
    }
}
