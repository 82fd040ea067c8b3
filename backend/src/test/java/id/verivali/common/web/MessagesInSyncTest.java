package id.verivali.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessagesInSyncTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void every_message_has_both_bahasa_indonesia_and_english() throws IOException {
        var indonesian = load("messages.properties").keySet();
        var english = load("messages_en.properties").keySet();
        assertThat(english).containsExactlyInAnyOrderElementsOf(indonesian);
    }
}
