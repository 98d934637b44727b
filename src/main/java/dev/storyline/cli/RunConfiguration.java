package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configuration file of {@code storyline run} ({@code storyline.toml}, TOML read with Jackson's TOML
 * module): one {@code key = value} per option, the key being the option's long name without its dashes
 * ({@code port = 8080}, {@code min-interval = 300}, {@code allowed-private-hosts = ["intranet.example"]}),
 * so that every setting is also a flag and the flag's help is the key's. A flag given on the command line
 * wins over the file. A key that names no option, or a value of the wrong type, is an error naming the
 * key and the file, so that a typo never silently leaves a default in force. Relative paths in the file
 * are read from the file's folder.
 */
final class RunConfiguration {

    /** The file {@code run} reads when {@code --config} is not given, if it exists in the working folder. */
    static final Path DEFAULT_FILE = Path.of("storyline.toml");

    /** Options that make no sense in the file. */
    private static final Set<String> NOT_IN_FILE = Set.of("help", "version", "config");

    /** A configuration that cannot be used, said in words that name the file and the key. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private RunConfiguration() {
    }

    /**
     * Sets each option of the command that the command line left out from the file.
     *
     * @throws Invalid when the file cannot be read, is not TOML, or holds a key or value that fits no option
     */
    static void apply(Path file, CommandSpec spec, ParseResult parsed) throws Invalid {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Invalid(file + ": " + firstLine(e.getMessage()));
        }
        Map<String, OptionSpec> byKey = new TreeMap<>();
        for (OptionSpec option : spec.options()) {
            String key = option.longestName().replaceFirst("^-+", "");
            if (!NOT_IN_FILE.contains(key)) {
                byKey.put(key, option);
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            OptionSpec option = byKey.get(field.getKey());
            if (option == null) {
                throw new Invalid(file + ": unknown key '" + field.getKey() + "'; the keys are the long names of run's"
                        + " options: " + String.join(", ", byKey.keySet()));
            }
            if (!parsed.hasMatchedOption(option)) {
                option.setValue(value(file, field.getKey(), field.getValue(), option.type(), folder));
            }
        }
    }

    private static Object value(Path file, String key, JsonNode node, Class<?> type, Path folder) throws Invalid {
        if (type == boolean.class || type == Boolean.class) {
            if (node.isBoolean()) {
                return node.booleanValue();
            }
        } else if (type == int.class || type == Integer.class) {
            if (node.isIntegralNumber() && node.canConvertToInt()) {
                return node.intValue();
            }
        } else if (type == long.class || type == Long.class) {
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                return node.longValue();
            }
        } else if (type == String.class) {
            if (node.isTextual()) {
                return node.textValue();
            }
        } else if (type == Path.class) {
            if (node.isTextual()) {
                return folder.resolve(node.textValue()).normalize();
            }
        } else if (List.class.isAssignableFrom(type)) {
            if (node.isArray()) {
                List<String> values = new ArrayList<>();
                for (JsonNode element : node) {
                    if (!element.isTextual()) {
                        throw new Invalid(file + ": '" + key + "' must be a list of strings");
                    }
                    values.add(element.textValue());
                }
                return values;
            }
        } else {
            throw new Invalid(file + ": '" + key + "' cannot be set in the file; give it on the command line");
        }
        throw new Invalid(file + ": '" + key + "' must be " + article(type) + ", not " + node.getNodeType().name().toLowerCase()
                + " " + node);
    }

    private static String article(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        return List.class.isAssignableFrom(type) ? "a list of strings" : "a string";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
