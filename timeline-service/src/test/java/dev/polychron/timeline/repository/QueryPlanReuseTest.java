package dev.polychron.timeline.repository;

import dev.polychron.timeline.support.PostgresTestResource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookups made for every message reuse their query plan. A plan that Hibernate cannot match again is stored
 * again on each call, and all its copies share one hash: every lookup then walks them all.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class QueryPlanReuseTest {

    @Inject
    EntityManagerFactory sessions;

    @Inject
    TombstoneRepository tombstones;

    private Statistics statistics;

    @BeforeEach
    void countPlans() {
        statistics = sessions.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    @TestTransaction
    void shouldReuseTheTombstoneLookupsPlan() {
        tombstones.deletedAt("plan-reuse-1");
        long missesAfterFirst = statistics.getQueryPlanCacheMissCount();

        for (int i = 2; i <= 5; i++) {
            tombstones.deletedAt("plan-reuse-" + i);
        }

        assertThat(statistics.getQueryPlanCacheMissCount()).isEqualTo(missesAfterFirst);
        assertThat(statistics.getQueryPlanCacheHitCount()).isGreaterThanOrEqualTo(4);
    }
}
