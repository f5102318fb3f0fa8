package dev.polychron.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    private static final String GIVEN_KEY = "given-key";
    private static final String STORED_KEY = "stored-key";

    @TempDir
    Path home;

    @Test
    void shouldPreferTheGivenKey() throws Exception {
        Files.writeString(keyFile(), STORED_KEY);

        assertThat(ApiKeys.resolve(GIVEN_KEY, keyFile())).isEqualTo(GIVEN_KEY);
    }

    @Test
    void shouldUseTheStoredKeyWhenNoneIsGiven() throws Exception {
        Files.writeString(keyFile(), STORED_KEY + "\n");

        assertThat(ApiKeys.resolve(" ", keyFile())).isEqualTo(STORED_KEY);
    }

    @Test
    void shouldGenerateAndStoreAKeyReadableOnlyByItsOwnerWhenThereIsNone() throws Exception {
        String key = ApiKeys.resolve(null, keyFile());

        assertThat(Files.readString(keyFile()).trim()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(ApiKeys.resolve(null, keyFile())).isEqualTo(key);
    }

    @Test
    void shouldGenerateThirtyTwoRandomBytesInUrlSafeBase64() {
        String key = ApiKeys.generate(new SecureRandom());

        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
        assertThat(ApiKeys.generate(new SecureRandom())).isNotEqualTo(key);
    }

    private Path keyFile() {
        return home.resolve("api-key");
    }
}
