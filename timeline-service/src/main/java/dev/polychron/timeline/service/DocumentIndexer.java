package dev.polychron.timeline.service;

import dev.polychron.events.TimelineUpdated;
import dev.polychron.timeline.domain.Document;
import dev.polychron.timeline.domain.DocumentStatus;
import dev.polychron.timeline.repository.CandidateRepository;
import dev.polychron.timeline.repository.CurationRepository;
import dev.polychron.timeline.repository.DocumentRepository;
import dev.polychron.timeline.repository.IndexRequestRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges analysed documents into the timeline, many in one transaction: their date ranges are re-clustered once for
 * the whole batch, where one document at a time re-clustered a busy year once per document.
 */
@ApplicationScoped
public class DocumentIndexer implements IndexQueue {

    private final DocumentRepository documents;
    private final IndexRequestRepository requests;
    private final CandidateRepository candidates;
    private final CurationRepository curation;
    private final EntityLinker linker;
    private final NearDuplicates nearDuplicates;
    private final TimelineMerger merger;
    private final OutboxService outbox;
    private final Counter indexed;
    private final DistributionSummary batchSizes;

    public DocumentIndexer(DocumentRepository documents, IndexRequestRepository requests,
                           CandidateRepository candidates, CurationRepository curation, EntityLinker linker,
                           NearDuplicates nearDuplicates, TimelineMerger merger, OutboxService outbox,
                           MeterRegistry metrics) {
        this.documents = documents;
        this.requests = requests;
        this.candidates = candidates;
        this.curation = curation;
        this.linker = linker;
        this.nearDuplicates = nearDuplicates;
        this.merger = merger;
        this.outbox = outbox;
        this.indexed = Counter.builder("polychron.documents.indexed")
                .description("Documents this instance indexed (a document indexed again counts again)")
                .register(metrics);
        this.batchSizes = DistributionSummary.builder("polychron.index.batch.size")
                .description("Documents indexed in one transaction")
                .register(metrics);
    }

    @Override
    @Transactional
    public List<String> pending(int limit) {
        return requests.waiting(limit);
    }

    /** Each document is re-linked under the current curation rules and given its near-duplicate role first. */
    @Override
    @Transactional
    public int index(List<String> documentIds) {
        // the timeline lock before the requests' row locks: deleting a document takes it, then cascades to them
        merger.lock();
        List<String> batch = requests.take(documentIds);
        if (batch.isEmpty()) {
            return 0;
        }
        // flushed by hand at the phases' ends: an automatic flush before each query would dirty-check every entity
        // the batch has loaded, again and again
        EntityManager session = documents.getEntityManager();
        session.setFlushMode(FlushModeType.COMMIT);
        CurationRules rules = curation.rules();
        linker.relink(batch, rules);
        session.flush();
        session.clear();
        Set<String> changedDocuments = new TreeSet<>();
        for (String id : batch) {
            Document document = documents.findById(id);
            if (document != null) {
                changedDocuments.addAll(nearDuplicates.assign(document));
            }
        }
        session.flush();
        Map<String, TimelineUpdated.Change> changes = merger.indexDocuments(changedDocuments);
        session.flush();
        session.clear();
        outbox.recordChanges(changes, changedDocuments);
        documents.markIndexed(batch, Instant.now());
        indexed.increment(batch.size());
        batchSizes.record(batch.size());
        Log.infof("Indexed %d documents: %d events changed", batch.size(), changes.size());
        return batch.size();
    }

    @Override
    @Transactional
    public long newestRequest() {
        return requests.newest();
    }

    /**
     * The document's candidates go too: they stayed live, and every later batch that re-clustered their dates failed
     * on them in turn. Reprocessing the document brings them back.
     */
    @Override
    @Transactional
    public void fail(String documentId, String reason, long upToRequest) {
        if (requests.take(List.of(documentId), upToRequest).isEmpty()) {
            return;
        }
        Document document = documents.findById(documentId);
        document.status = DocumentStatus.FAILED;
        document.failureReason = reason;
        document.updatedAt = Instant.now();
        candidates.replace(documentId, List.of());
        Log.warnf("Document %s failed: %s", documentId, reason);
    }
}
