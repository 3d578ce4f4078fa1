package city.clearway.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a person may read exists in English and in Persian: no page or problem falls back to a key. */
class TextsInBothLanguagesTest {

    @Test
    void theTextsHaveTheSameKeysInBothLanguages() throws IOException {
        assertSameKeys("messages/texts");
        assertSameKeys("ValidationMessages");
        assertSameKeys("messages/office");
        assertSameKeys("messages/field");
        assertSameKeys("messages/label");
    }

    private static void assertSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties persian = load(bundle + "_fa.properties");
        assertThat(english).as(bundle).isNotEmpty();
        assertThat(persian.stringPropertyNames()).as("%s: keys in Persian and English", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(persian.getProperty(key)).as("%s: %s in Persian", bundle, key).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TextsInBothLanguagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
