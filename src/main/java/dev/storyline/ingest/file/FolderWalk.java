package dev.storyline.ingest.file;

import dev.storyline.ingest.IngestProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Lists the files of a folder tree depth first, siblings sorted by name, so that a run over the same
 * folder always sees the same order. Hidden files and folders (names starting with a dot, or hidden by
 * the file system) are skipped, as they are editor backups, VCS data and the like. Symbolic links to
 * files are followed; links to folders are not (they could loop) and are reported. Stateless.
 */
public final class FolderWalk {

    private FolderWalk() {
    }

    /** Hands each regular file under {@code folder} to {@code files}, in order, as it is found. */
    public static void walk(Path folder, Consumer<Path> files, Consumer<IngestProblem> problems) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | SecurityException e) {
            problems.accept(new IngestProblem(folder.toString(), "cannot list folder: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            if (isHidden(child)) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(child, files, problems);
            } else if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
                problems.accept(new IngestProblem(child.toString(), "symbolic link to a folder, not followed"));
            } else if (Files.isRegularFile(child)) {
                files.accept(child);
            } else {
                problems.accept(new IngestProblem(child.toString(), "not a regular file (device, pipe or broken link)"));
            }
        }
    }

    private static boolean isHidden(Path path) {
        if (path.getFileName().toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }
}
