package dev.polychron.timeline.repository;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The band indexes find every fingerprint at most six bits away, wherever the bits differ, and no farther one. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class NearDuplicateBandsTest {

    private static final long BODY = 0x9E3779B97F4A7C15L;

    @Inject
    DocumentRepository documents;

    @Test
    @TestTransaction
    void shouldFindFingerprintsAtMostSixBitsApartWhereverTheBitsDiffer() {
        store("band-same", BODY);
        store("band-six-spread", BODY ^ (1L << 0 | 1L << 10 | 1L << 20 | 1L << 30 | 1L << 45 | 1L << 63));
        store("band-six-in-one-band", BODY ^ 0b111111L << 54);
        store("band-seven-spread", BODY ^ (1L | 1L << 9 | 1L << 18 | 1L << 27 | 1L << 36 | 1L << 45 | 1L << 54));
        store("band-far", ~BODY);

        assertThat(documents.nearDuplicates(BODY, 6)).extracting(d -> d.id)
                .containsExactlyInAnyOrder("band-same", "band-six-spread", "band-six-in-one-band");
    }

    private void store(String id, long fingerprint) {
        Document document = new Document();
        document.id = id;
        document.status = DocumentStatus.ANALYZED;
        document.receivedAt = Instant.now();
        document.updatedAt = document.receivedAt;
        document.entitiesDone = true;
        document.datesDone = true;
        document.bodyFingerprint = fingerprint;
        documents.persist(document);
    }
}
