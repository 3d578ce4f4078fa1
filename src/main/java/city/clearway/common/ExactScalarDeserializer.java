package city.clearway.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.UUID;

/**
 * An enum, a UUID or a time written exactly: Jackson on its own trims spaces and control characters around them
 * ({@code " CAR"} is read as {@code CAR}, a lone NUL as no id at all), which would change silently what a client
 * sent. Such a value is refused as the wrong value for its field.
 */
class ExactScalarDeserializer extends DelegatingDeserializer {

    private final Class<?> type;

    ExactScalarDeserializer(JsonDeserializer<?> delegate, Class<?> type) {
        super(delegate);
        this.type = type;
    }

    /** Puts this in front of the deserializers of enums, UUIDs and times. */
    static BeanDeserializerModifier modifier() {
        return new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new ExactScalarDeserializer(deserializer, type.getRawClass());
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean scalar = UUID.class.equals(type) || Temporal.class.isAssignableFrom(type);
                return scalar ? new ExactScalarDeserializer(deserializer, type) : deserializer;
            }
        };
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new ExactScalarDeserializer(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (text.isEmpty() || !text.equals(text.strip()) || !PlainText.is(text)) {
                return context.handleWeirdStringValue(type, text, "is not written exactly");
            }
        }
        return super.deserialize(parser, context);
    }
}
