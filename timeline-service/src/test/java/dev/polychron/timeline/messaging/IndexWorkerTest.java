package dev.polychron.timeline.messaging;

import dev.polychron.support.messaging.Backoff;
import dev.polychron.timeline.service.IndexQueue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IndexWorkerTest {

    private static final int BATCH = 3;

    /** Documents in waiting order; indexing fails whenever a batch holds one of {@code poisoned}. */
    private static final class FakeQueue implements IndexQueue {

        final List<String> waiting = new ArrayList<>();
        final List<List<String>> transactions = new ArrayList<>();
        final Map<String, String> failed = new LinkedHashMap<>();
        final Map<String, Long> failedUpTo = new LinkedHashMap<>();
        final Set<String> poisoned;
        /** Each failed attempt: a request (a reprocessing, say) comes meanwhile. */
        long newestRequest = 100;
        final Set<String> heldElsewhere;

        FakeQueue(List<String> waiting, Set<String> poisoned, Set<String> heldElsewhere) {
            this.waiting.addAll(waiting);
            this.poisoned = poisoned;
            this.heldElsewhere = heldElsewhere;
        }

        @Override
        public List<String> pending(int limit) {
            return List.copyOf(waiting.subList(0, Math.min(limit, waiting.size())));
        }

        @Override
        public int index(List<String> documentIds) {
            transactions.add(documentIds);
            if (documentIds.stream().anyMatch(poisoned::contains)) {
                newestRequest++;
                throw new IllegalStateException("cannot merge");
            }
            List<String> taken = documentIds.stream().filter(id -> !heldElsewhere.contains(id)).toList();
            waiting.removeAll(taken);
            return taken.size();
        }

        @Override
        public long newestRequest() {
            return newestRequest;
        }

        @Override
        public void fail(String documentId, String reason, long upToRequest) {
            waiting.remove(documentId);
            failed.put(documentId, reason);
            failedUpTo.put(documentId, upToRequest);
        }
    }

    private static IndexWorker worker(FakeQueue queue) {
        DeliveryRetry retry = new DeliveryRetry(2, new Backoff(Duration.ofMillis(1), Duration.ofMillis(1),
                pause -> { }), DatabaseOutage::isOutage);
        return new IndexWorker(queue, retry, BATCH, Duration.ofMillis(1));
    }

    @Test
    void shouldIndexWaitingDocumentsInBatchesAndSayWhenMoreMayWait() {
        FakeQueue queue = new FakeQueue(List.of("a", "b", "c", "d"), Set.of(), Set.of());
        IndexWorker worker = worker(queue);

        assertThat(worker.indexOnce()).isTrue();
        assertThat(worker.indexOnce()).isFalse();
        assertThat(worker.indexOnce()).isFalse();

        assertThat(queue.transactions).containsExactly(List.of("a", "b", "c"), List.of("d"));
        assertThat(queue.waiting).isEmpty();
    }

    @Test
    void shouldIndexTheOthersAloneAndFailOnlyThePoisonedDocumentWhenABatchKeepsFailing() {
        FakeQueue queue = new FakeQueue(List.of("a", "bad", "c"), Set.of("bad"), Set.of());

        worker(queue).indexOnce();

        assertThat(queue.waiting).isEmpty();
        assertThat(queue.failed).containsOnlyKeys("bad");
        assertThat(queue.failed.get("bad")).contains("gave up on indexing document bad after 2 attempts: cannot merge");
        assertThat(queue.transactions).containsExactly(List.of("a", "bad", "c"), List.of("a", "bad", "c"),
                List.of("a"), List.of("bad"), List.of("bad"), List.of("c"));
        assertThat(queue.failedUpTo).as("the requests made while its attempts failed are not the failure's")
                .containsEntry("bad", 102L);
    }

    @Test
    void shouldFailNoDocumentWhenStoppingCutsTheAttemptsShort() throws InterruptedException {
        FakeQueue queue = new FakeQueue(List.of("a", "b"), Set.of("a", "b"), Set.of());
        IndexWorker worker = worker(queue);

        worker.stop(null);
        worker.indexOnce();

        assertThat(queue.failed).isEmpty();
        assertThat(queue.waiting).containsExactly("a", "b");
    }

    @Test
    void shouldWaitWhenAnotherReplicaHoldsEveryWaitingDocument() {
        FakeQueue queue = new FakeQueue(List.of("a", "b", "c"), Set.of(), Set.of("a", "b", "c"));

        assertThat(worker(queue).indexOnce()).isFalse();
        assertThat(queue.waiting).containsExactly("a", "b", "c");
    }
}
