package dev.polychron.local;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    private static final StackHome HOME = new StackHome(Path.of("/tmp/polychron-home"));

    @Test
    void shouldConfigureASingleNodeKraftBrokerOnLoopback() throws Exception {
        Properties properties = properties(new KafkaBroker(HOME, Path.of("lib"), 19092, 19093));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", "/tmp/polychron-home/kafka/data")
                .containsEntry("num.partitions", "3");
    }

    @Test
    void shouldReplicateEveryInternalTopicOnceOnASingleNode() throws Exception {
        Properties properties = properties(new KafkaBroker(HOME, Path.of("lib"), 19092, 19093));

        assertThat(properties)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("default.replication.factor", "1");
    }

    private static Properties properties(KafkaBroker broker) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(broker.serverProperties()));
        return properties;
    }
}
