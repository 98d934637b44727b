package dev.storyline.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document as TempEval-3 scores it: the text inside {@code <TEXT>} with every tag removed and
 * entities decoded, its gold TIMEX3 as character spans of that text, and its document creation time.
 *
 * @param docId     the {@code <DOCID>}, or the file name's stem when there is none
 * @param creation  the document creation date from {@code <DCT>}, or {@code null} when absent
 * @param dctValue  the DCT's TIMEX3 value as written ({@code 1998-03-01T14:11:00}), or {@code null}
 * @param text      the tag-free text of {@code <TEXT>}
 * @param timexes   the consuming TIMEX3 inside {@code <TEXT>}, in text order
 */
public record TimeMlDocument(String docId, LocalDate creation, String dctValue, String text, List<Timex> timexes) {

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /**
     * A TIMEX3 span.
     *
     * @param start offset of its first character in {@link TimeMlDocument#text()}
     * @param end   offset just past its last character
     * @param type  its {@code type} attribute (DATE, TIME, DURATION, SET)
     * @param value its {@code value} attribute, trimmed
     */
    public record Timex(int start, int end, String type, String value) {
    }
}
