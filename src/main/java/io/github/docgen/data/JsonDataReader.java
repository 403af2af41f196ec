package io.github.docgen.data;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.text.XmlSafeText;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/** Reads strict JSON (no duplicate keys, bounded depth and lengths) into {@link DataNode}s. */
final class JsonDataReader {
    private final JsonFactory factory;
    private final DataLimits limits;

    JsonDataReader(DataLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxNumberLength(limits.maxNumberDigits() + 2)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                        .build())
                .build();
    }

    DataNode read(String text, String displayPath) throws DataFileException {
        JsonParser parser;
        try {
            parser = factory.createParser(text);
        } catch (IOException e) {
            throw new DataFileException(SourcePosition.ofFile(displayPath), "JSON: " + e.getMessage());
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DataFileException(new SourcePosition(displayPath, 1, 1), "the file holds no data");
            }
            DataNode root = value(parser, displayPath, new ValueCount(limits.maxValues()));
            if (parser.nextToken() != null) {
                throw new DataFileException(position(displayPath, parser.currentTokenLocation()), "JSON syntax: more content after the end of the data");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Limit violations carry no location of their own; the parser knows where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new DataFileException(position(displayPath, at), "JSON syntax: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new DataFileException(SourcePosition.ofFile(displayPath), "JSON: " + e.getMessage());
        }
    }

    private DataNode value(JsonParser parser, String file, ValueCount values) throws IOException, DataFileException {
        SourcePosition pos = position(file, parser.currentTokenLocation());
        values.add(pos);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, DataNode> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = XmlSafeText.clean(parser.currentName());
                    parser.nextToken();
                    entries.put(key, value(parser, file, values));
                }
                return new DataNode.MapNode(entries, pos);
            }
            case START_ARRAY -> {
                List<DataNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, file, values));
                }
                return new DataNode.ListNode(items, pos);
            }
            case VALUE_STRING -> {
                String text = XmlSafeText.clean(parser.getText());
                return new DataNode.ScalarNode(text, text, pos, true);
            }
            case VALUE_NUMBER_INT -> {
                return number(parser, pos, true);
            }
            case VALUE_NUMBER_FLOAT -> {
                return number(parser, pos, false);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new DataNode.ScalarNode(token == JsonToken.VALUE_TRUE, parser.getText(), pos);
            }
            case VALUE_NULL -> {
                return new DataNode.ScalarNode(null, "null", pos);
            }
            default -> throw new DataFileException(pos, "JSON syntax: unexpected " + token);
        }
    }

    private DataNode number(JsonParser parser, SourcePosition pos, boolean integer) throws IOException, DataFileException {
        String text = parser.getText();
        try {
            ScalarTyping.checkDigits(text, limits.maxNumberDigits());
        } catch (IllegalArgumentException e) {
            throw new DataFileException(pos, e.getMessage());
        }
        Object value = integer ? (Object) parser.getLongValue() : new BigDecimal(text);
        return new DataNode.ScalarNode(value, text, pos);
    }

    private static SourcePosition position(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.ofFile(file);
        }
        return new SourcePosition(file, location.getLineNr(), location.getColumnNr());
    }
}
