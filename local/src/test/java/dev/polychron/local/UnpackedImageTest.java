package dev.polychron.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnpackedImageTest {

    @TempDir
    Path bundle;

    private void unpack(String args) throws IOException {
        Files.createDirectories(bundle.resolve("rootfs"));
        Files.writeString(bundle.resolve("config.json"), """
                {"ociVersion": "1.0.0", "process": {
                  "user": {"uid": 1001, "gid": 1002},
                  "args": %s,
                  "env": ["PATH=/usr/bin:/bin", "JAVA_HOME=/usr/lib/jvm/java-17", "EMPTY="],
                  "cwd": "/app"}}
                """.formatted(args));
    }

    @Test
    void shouldRunTheEntrypointChrootedAsTheImageUserWithTheOptionsAfterJava() throws IOException {
        unpack("""
                ["java", "-Dlogging=jboss", "-jar", "quarkus-run.jar"]""");

        UnpackedImage image = UnpackedImage.read(bundle);

        Path rootfs = bundle.resolve("rootfs").toAbsolutePath();
        assertThat(image.command(List.of("-Xmx64m", "-Dpolychron.process=gateway"))).containsExactly(
                "unshare", "--mount-proc=" + rootfs.resolve("proc"), "chroot", "--userspec=1001:1002",
                rootfs.toString(), "env", "-C", "/app",
                "java", "-Xmx64m", "-Dpolychron.process=gateway", "-Dlogging=jboss", "-jar", "quarkus-run.jar");
        assertThat(image.environment()).containsEntry("PATH", "/usr/bin:/bin")
                .containsEntry("JAVA_HOME", "/usr/lib/jvm/java-17").containsEntry("EMPTY", "");
    }

    @Test
    void shouldRefuseAnImageWhoseEntrypointIsNotJava() throws IOException {
        unpack("""
                ["/bin/sh", "-c", "run"]""");

        assertThatThrownBy(() -> UnpackedImage.read(bundle).command(List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not start java");
    }

    @Test
    void shouldTellHowToBuildTheImagesWhenNoneIsUnpacked() {
        assertThatThrownBy(() -> UnpackedImage.read(bundle.resolve("gateway")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("deploy/images/build-images");
    }
}
