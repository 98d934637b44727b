package dev.storyline.cli;

import dev.storyline.store.StoryStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * {@code --database JDBC_URL} with its login: a PostgreSQL server for the story store instead of the SQLite
 * file in the data folder. The password may come from {@value #PASSWORD_VARIABLE} so that it stays out of
 * the process list.
 */
final class DatabaseOptions {

    /** The environment variable read for the password when {@code --database-password} is not given. */
    static final String PASSWORD_VARIABLE = "STORYLINE_DATABASE_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--database", paramLabel = "JDBC_URL",
            description = "PostgreSQL server for the store, e.g. jdbc:postgresql://db.example:5432/storyline "
                    + "(default: the SQLite file in the data folder)")
    String url;

    @Option(names = "--database-user", paramLabel = "ROLE", description = "role to log in as")
    String user;

    @Option(names = "--database-password", paramLabel = "PASSWORD",
            description = "its password; better set " + PASSWORD_VARIABLE + ", which ps does not show")
    String password;

    /** Where environment variables are read; tests put a map here. */
    UnaryOperator<String> environment = System::getenv;

    /**
     * Opens the store: on the server of {@code --database} when given, else in {@code dataDir}.
     *
     * @throws ParameterException when the URL is not a PostgreSQL one (picocli shows it with the usage)
     * @throws dev.storyline.store.StoreUnavailableException when the server is unreachable or refuses the login
     */
    StoryStore open(Path dataDir) {
        if (url == null || url.isBlank()) {
            return StoryStore.open(dataDir);
        }
        try {
            return StoryStore.connect(url, user, password != null ? password : environment.apply(PASSWORD_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--database: " + e.getMessage(), e, null, url);
        }
    }
}
