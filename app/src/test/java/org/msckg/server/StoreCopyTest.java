package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.msckg.web.ApiException;

class StoreCopyTest {
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void untilTheCopyIsInWhatReadsItIsAnswered503WithRetryAfterThenTheCopy() throws Exception {
        CountDownLatch taking = new CountDownLatch(1);
        StoreCopy<String> copy = StoreCopy.start(
                () -> {
                    await(taking);
                    return "graphs";
                },
                log::add);
        ApiException copying = assertThrows(ApiException.class, copy::get);
        assertEquals(503, copying.status());
        assertTrue(copying.retryAfterSeconds() > 0);
        assertTrue(copying.getMessage().startsWith("MSCKG-STO-005"), copying.getMessage());
        taking.countDown();
        assertEquals("graphs", eventually(copy));
        assertEquals(List.of("  pages and explanations answer from the copy of the store now"), log);
    }

    @Test
    void aCopyThatFailedIsAnswered502WithTheStoresError() throws Exception {
        StoreCopy<String> copy = StoreCopy.start(
                () -> {
                    throw new IllegalStateException("MSCKG-STO-004 the store at X counts 10 triples but gave 9");
                },
                log::add);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ApiException failed = assertThrows(ApiException.class, copy::get);
        while (failed.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            failed = assertThrows(ApiException.class, copy::get);
        }
        assertEquals(502, failed.status());
        assertEquals(0, failed.retryAfterSeconds());
        assertTrue(failed.getMessage().startsWith("MSCKG-STO-006"), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("counts 10 triples but gave 9"), failed.getMessage());
        assertTrue(log.get(0).contains("failed: MSCKG-STO-004"), log.toString());
    }

    private static <T> T eventually(StoreCopy<T> copy) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return copy.get();
            } catch (ApiException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(10);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
