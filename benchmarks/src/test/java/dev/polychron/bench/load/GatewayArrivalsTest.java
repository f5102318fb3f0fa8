package dev.polychron.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayArrivalsTest {

    private static final String BEFORE = """
            # TYPE polychron_stream_arrival_delay_seconds histogram
            polychron_stream_arrival_delay_seconds_bucket{le="0.1"} 10.0
            polychron_stream_arrival_delay_seconds_bucket{le="0.5"} 10.0
            polychron_stream_arrival_delay_seconds_bucket{le="2.0"} 10.0
            polychron_stream_arrival_delay_seconds_bucket{le="+Inf"} 10.0
            polychron_stream_arrival_delay_seconds_count 10.0
            other_metric_bucket{le="0.1"} 99.0
            """;
    private static final String AFTER = """
            polychron_stream_arrival_delay_seconds_bucket{le="0.1"} 60.0
            polychron_stream_arrival_delay_seconds_bucket{le="0.5"} 105.0
            polychron_stream_arrival_delay_seconds_bucket{le="2.0"} 109.0
            polychron_stream_arrival_delay_seconds_bucket{le="+Inf"} 110.0
            """;

    @Test
    void shouldTellTheBucketUnderWhichAShareOfTheRunsChangesArrived() {
        GatewayArrivals run = GatewayArrivals.parse(AFTER).since(GatewayArrivals.parse(BEFORE));

        assertThat(run.percentile(0.5)).isEqualTo(0.1);
        assertThat(run.percentile(0.95)).isEqualTo(0.5);
        assertThat(run.percentile(0.99)).isEqualTo(2.0);
        assertThat(run.percentile(1.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(run.summary()).isEqualTo("100 changes, p50 ≤ 100 ms, p95 ≤ 500 ms, p99 ≤ 2000 ms");
    }
}
