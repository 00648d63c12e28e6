package dev.bulwark.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * A merge key whose alias names a mapping that is still being defined ({@code x: &b} with
 * {@code <<: *b} inside it). snakeyaml-engine 3.2's composer flattens such a merge forever
 * ({@code MergeUtils.flatten}), so a hostile file would hang the check (found by
 * YamlParserFuzzTest). One pass over the parser's events finds it before composing; it runs only
 * when the text has a {@code <<} at all.
 */
final class SelfMerges {
    private SelfMerges() {
    }

    /** Where the first merge of an anchor inside its own definition is (the alias's mark), if any. */
    static Optional<Mark> first(String text, LoadSettings settings) {
        if (!text.contains("<<")) {
            return Optional.empty();
        }
        // One frame per open collection: its anchor, whether it is a mapping, and the position of
        // the next node in it (even: a key, odd: a value), to know a merge key's value.
        List<String> anchors = new ArrayList<>();
        List<Boolean> mappings = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Boolean> mergeValues = new ArrayList<>();
        Set<String> open = new HashSet<>();
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                Event.ID id = event.getEventId();
                if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                    boolean inMerge = isMergeValue(mappings, positions, mergeValues);
                    advance(positions);
                    Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
                    String name = anchor.isPresent() ? anchor.get().getValue() : null;
                    anchors.add(name);
                    if (name != null) {
                        open.add(name);
                    }
                    mappings.add(id == Event.ID.MappingStart);
                    positions.add(0);
                    // A sequence as a merge value (`<<: [*a, *b]`): its aliases merge too.
                    mergeValues.add(inMerge && id == Event.ID.SequenceStart);
                } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                    int last = anchors.size() - 1;
                    if (last >= 0) {
                        if (anchors.get(last) != null) {
                            open.remove(anchors.get(last));
                        }
                        anchors.remove(last);
                        mappings.remove(last);
                        positions.remove(last);
                        mergeValues.remove(last);
                    }
                } else if (id == Event.ID.Alias) {
                    boolean merged = isMergeValue(mappings, positions, mergeValues)
                            || !mergeValues.isEmpty() && mergeValues.get(mergeValues.size() - 1);
                    if (merged && open.contains(((AliasEvent) event).getAlias().getValue())) {
                        return event.getStartMark();
                    }
                    advance(positions);
                } else if (id == Event.ID.Scalar) {
                    int last = positions.size() - 1;
                    boolean key = last >= 0 && mappings.get(last) && positions.get(last) % 2 == 0;
                    ScalarEvent scalar = (ScalarEvent) event;
                    advance(positions);
                    if (key && scalar.isPlain() && scalar.getValue().equals("<<")) {
                        // Remember on the frame that the next node is a merge value.
                        positions.set(last, positions.get(last) + 1000000);
                    }
                }
            }
        } catch (RuntimeException e) {
            // A syntax error: the composer reports it in its own words.
        }
        return Optional.empty();
    }

    // The next node of the innermost mapping is the value of a `<<` key.
    private static boolean isMergeValue(List<Boolean> mappings, List<Integer> positions, List<Boolean> mergeValues) {
        int last = positions.size() - 1;
        return last >= 0 && mappings.get(last) && positions.get(last) >= 1000000;
    }

    private static void advance(List<Integer> positions) {
        int last = positions.size() - 1;
        if (last >= 0) {
            int p = positions.get(last);
            positions.set(last, p >= 1000000 ? p - 1000000 + 1 : p + 1);
        }
    }
}
