package dev.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunConfigurationTest {

    @TempDir
    Path folder;

    private RunCommand parsed(Path file, String... args) throws Exception {
        RunCommand run = new RunCommand();
        CommandLine cli = new CommandLine(run);
        CommandLine.ParseResult result = cli.parseArgs(args);
        RunConfiguration.apply(file, cli.getCommandSpec(), result);
        return run;
    }

    private Path write(String toml) throws IOException {
        return Files.writeString(folder.resolve("storyline.toml"), toml);
    }

    @Test
    void everyKeyIsAnOptionsLongNameAndSetsIt() throws Exception {
        Path file = write("""
                # a deployment's settings
                data = "news-data"
                port = 9090
                contact = "ops@news.example"
                min-interval = 120
                max-interval = 7200
                politeness = 2500
                allow-private-networks = false
                allowed-private-hosts = ["intranet.example", "10.1.0.0/16"]
                feeds = ["https://news.example/feed.xml"]
                parallel-fetches = 8
                """);

        RunCommand run = parsed(file);

        assertThat(run.data.dir).isEqualTo(folder.resolve("news-data"));
        assertThat(run.port).isEqualTo(9090);
        assertThat(run.follow.userAgent()).contains("ops@news.example");
        assertThat(run.follow.policy().minInterval()).isEqualTo(Duration.ofSeconds(120));
        assertThat(run.follow.policy().maxInterval()).isEqualTo(Duration.ofHours(2));
        assertThat(run.follow.fetchSettings().politenessDelay()).isEqualTo(Duration.ofMillis(2500));
        assertThat(run.follow.fetchSettings().allowedPrivateHosts()).containsExactly("intranet.example", "10.1.0.0/16");
        assertThat(run.feeds).containsExactly("https://news.example/feed.xml");
        assertThat(run.parallelFetches).isEqualTo(8);
    }

    @Test
    void aFlagOnTheCommandLineWinsOverTheFile() throws Exception {
        Path file = write("port = 9090\npoliteness = 2500\n");

        RunCommand run = parsed(file, "--port", "7000");

        assertThat(run.port).isEqualTo(7000);
        assertThat(run.follow.fetchSettings().politenessDelay()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingItAndTheFile() throws IOException {
        Path file = write("port = 9090\npoliteness-ms = 2500\n");

        assertThatThrownBy(() -> parsed(file)).isInstanceOf(RunConfiguration.Invalid.class)
                .hasMessageContaining("storyline.toml").hasMessageContaining("unknown key 'politeness-ms'")
                .hasMessageContaining("politeness");
    }

    @Test
    void aValueOfTheWrongTypeOrBrokenTomlIsAnError() throws IOException {
        Path wrongType = write("port = \"eighty\"\n");
        assertThatThrownBy(() -> parsed(wrongType)).hasMessageContaining("'port' must be a whole number");

        Path broken = write("port = = 3\n");
        assertThatThrownBy(() -> parsed(broken)).isInstanceOf(RunConfiguration.Invalid.class)
                .hasMessageContaining("storyline.toml");

        Path notInFile = write("help = true\n");
        assertThatThrownBy(() -> parsed(notInFile)).hasMessageContaining("unknown key 'help'");
    }

    @Test
    void runRefusesABadFileWithExitCodeTwoBeforeOpeningTheStore() throws IOException {
        Path file = write("allowed-private-hosts = [\"http://intranet/\"]\ndata = \"store\"\n");

        int code = Main.run("run", "--config", file.toString(), "--once");

        assertThat(code).isEqualTo(2);
        assertThat(folder.resolve("store")).doesNotExist();
        assertThat(Main.run("run", "--config", folder.resolve("missing.toml").toString(), "--once")).isEqualTo(2);
        assertThat(List.of(folder.toFile().list())).containsExactly("storyline.toml");
    }

    @Test
    void theKafkaTopicsPartitionsComeFromTheFileEachTopicsOwnKeyOverTheCommonOne() throws Exception {
        Path file = write("kafka = \"127.0.0.1:9092\"\npartitions = 48\nstory-change-partitions = 6\n");

        RunCommand run = parsed(file);

        assertThat(run.kafka.topics()).isEqualTo(new dev.storyline.scale.Topics("storyline.", 48, 48, 6));
        assertThat(parsed(write("")).kafka.topics()).isEqualTo(dev.storyline.scale.Topics.defaults());
    }

    @Test
    void aPartitionCountOutOfRangeIsRefusedNamingItsOptionBeforeTheStoreIsOpened() throws Exception {
        assertThatThrownBy(() -> parsed(write("partitions = 0\n")).kafka.topics()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--partitions must be between 1 and 1000, not 0");
        assertThatThrownBy(() -> parsed(write("fetched-partitions = 5000\n")).kafka.topics())
                .hasMessage("--fetched-partitions must be between 1 and 1000, not 5000");

        int code = Main.run("run", "--kafka", "127.0.0.1:9", "--feed-partitions", "-1", "--data", folder.resolve("store").toString());

        assertThat(code).isEqualTo(2);
        assertThat(folder.resolve("store")).doesNotExist();
    }
}
