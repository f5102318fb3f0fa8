package dev.polychron.local;

import dev.polychron.local.CliArguments.Command;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CliArgumentsTest {

    @Test
    void shouldLoadSamplesOnTheDefaultPortWhenUpHasNoOptions() {
        CliArguments arguments = CliArguments.parse("up");

        assertThat(arguments.command()).isEqualTo(Command.UP);
        assertThat(arguments.noSamples()).isFalse();
        assertThat(arguments.gatewayPort()).isEmpty();
        assertThat(arguments.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldReadUpOptionsInAnyOrderAndForm() {
        CliArguments arguments = CliArguments.parse("up", "--port=9000", "--no-samples", "--timeout", "30");

        assertThat(arguments.noSamples()).isTrue();
        assertThat(arguments.gatewayPort()).hasValue(9000);
        assertThat(arguments.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldTakeThePortAsTheNextArgument() {
        assertThat(CliArguments.parse("up", "--port", "8181").gatewayPort()).hasValue(8181);
    }

    @Test
    void shouldNameTheProcessToRestart() {
        CliArguments arguments = CliArguments.parse("restart", "nlp-service");

        assertThat(arguments.command()).isEqualTo(Command.RESTART);
        assertThat(arguments.target()).isEqualTo(Optional.of("nlp-service"));
    }

    @Test
    void shouldAcceptKafkaAndPostgresAsProcessesToRestart() {
        assertThat(CliArguments.parse("restart", "kafka").target()).hasValue("kafka");
        assertThat(CliArguments.parse("restart", "postgres").target()).hasValue("postgres");
    }

    @Test
    void shouldRejectAnUnknownProcessToRestart() {
        assertThatIllegalArgumentException().isThrownBy(() -> CliArguments.parse("restart", "mysql"))
                .withMessageContaining("unknown process mysql");
    }

    @Test
    void shouldRejectRestartWithoutAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> CliArguments.parse("restart"));
    }

    @Test
    void shouldRejectAnUnknownCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> CliArguments.parse("start"))
                .withMessageContaining("unknown command");
    }

    @Test
    void shouldRejectAMissingCommand() {
        assertThatIllegalArgumentException().isThrownBy(CliArguments::parse);
    }

    @Test
    void shouldRejectAPortOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> CliArguments.parse("up", "--port", "70000"));
    }

    @Test
    void shouldRejectAPortOptionWithoutValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> CliArguments.parse("up", "--port"));
    }

    @Test
    void shouldRejectOptionsThatBelongToAnotherCommand() {
        assertThatIllegalArgumentException().isThrownBy(() -> CliArguments.parse("down", "--no-samples"));
    }
}
