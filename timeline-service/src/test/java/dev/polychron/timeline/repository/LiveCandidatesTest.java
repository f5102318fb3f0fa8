package dev.polychron.timeline.repository;

import dev.polychron.events.Granularity;
import dev.polychron.timeline.domain.Candidate;
import dev.polychron.timeline.domain.DateRange;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.support.PostgresTestResource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which documents' candidates a re-clustering sees: those on the timeline, including those queued again. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class LiveCandidatesTest {

    private static final LocalDate DAY = LocalDate.of(1787, 7, 13);

    @Inject
    DocumentRepository documents;

    @Inject
    CandidateRepository candidates;

    @Inject
    IndexRequestRepository requests;

    @Test
    @TestTransaction
    void shouldKeepADocumentQueuedAgainOnTheTimelineButNotOneWaitingForItsFirstIndexing() {
        store("live-queued-again", Instant.now(), true, null);
        store("live-first-time", null, true, null);
        store("live-being-indexed", null, false, null);
        store("live-duplicate", Instant.now(), false, "live-queued-again");
        documents.flush();

        List<String> live = candidates.liveOverlapping(List.of(new DateRange(DAY, DAY)), List.of(Granularity.DAY))
                .stream().map(CandidateRepository.LiveCandidate::documentId).toList();

        assertThat(live).containsExactlyInAnyOrder("live-queued-again", "live-being-indexed");
    }

    @Test
    @TestTransaction
    void shouldReadADayBeforeTheCommonEraBackWithItsEra() {
        LocalDate idesOfMarch = LocalDate.of(-43, 3, 15);
        store("live-before-common-era", Instant.now(), false, null, idesOfMarch);
        documents.flush();

        List<CandidateRepository.LiveCandidate> live = candidates.liveOverlapping(
                List.of(new DateRange(idesOfMarch, idesOfMarch)), List.of(Granularity.DAY));

        assertThat(live).singleElement().satisfies(candidate -> {
            assertThat(candidate.dateFrom()).isEqualTo(idesOfMarch);
            assertThat(candidate.dateTo()).isEqualTo(idesOfMarch);
        });
    }

    private void store(String id, Instant indexedAt, boolean queued, String duplicateOf) {
        store(id, indexedAt, queued, duplicateOf, DAY);
    }

    private void store(String id, Instant indexedAt, boolean queued, String duplicateOf, LocalDate day) {
        Document document = new Document();
        document.id = id;
        document.status = indexedAt == null ? DocumentStatus.ANALYZED : DocumentStatus.INDEXED;
        document.receivedAt = Instant.now();
        document.updatedAt = document.receivedAt;
        document.indexedAt = indexedAt;
        document.entitiesDone = true;
        document.datesDone = true;
        document.duplicateOf = duplicateOf;
        documents.persist(document);
        documents.flush();
        Candidate candidate = new Candidate();
        candidate.documentId = id;
        candidate.sentence = "On 13 July 1787 the assembly of Ostravel met.";
        candidate.sentenceEnd = candidate.sentence.length();
        candidate.dateStart = 3;
        candidate.dateEnd = 15;
        candidate.dateValue = day.toString();
        candidate.granularity = Granularity.DAY;
        candidate.dateFrom = day;
        candidate.dateTo = day;
        candidate.entityIds = "";
        candidate.extractedEntityIds = "";
        candidates.persist(candidate);
        if (queued) {
            requests.add(id);
        }
    }
}
