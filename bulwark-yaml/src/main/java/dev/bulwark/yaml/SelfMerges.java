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
        // One frame per open collection: its anchor, whether it is a mapping, the position of the
        // next node in it (even: a key, odd: a value), whether that next node is the value of a
        // `<<` key, and whether the frame is itself a merge value (`<<: [*a, *b]`).
        List<String> anchors = new ArrayList<>();
        List<Boolean> mappings = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Boolean> mergeNext = new ArrayList<>();
        List<Boolean> mergeValues = new ArrayList<>();
        Set<String> open = new HashSet<>();
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                Event.ID id = event.getEventId();
                if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                    boolean inMerge = isMergeValue(mergeNext);
                    advance(positions, mergeNext);
                    Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
                    String name = anchor.isPresent() ? anchor.get().getValue() : null;
                    anchors.add(name);
                    if (name != null) {
                        open.add(name);
                    }
                    mappings.add(id == Event.ID.MappingStart);
                    positions.add(0);
                    mergeNext.add(false);
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
                        mergeNext.remove(last);
                        mergeValues.remove(last);
                    }
                } else if (id == Event.ID.Alias) {
                    boolean merged = isMergeValue(mergeNext)
                            || !mergeValues.isEmpty() && mergeValues.get(mergeValues.size() - 1);
                    if (merged && open.contains(((AliasEvent) event).getAlias().getValue())) {
                        return event.getStartMark();
                    }
                    advance(positions, mergeNext);
                } else if (id == Event.ID.Scalar) {
                    int last = positions.size() - 1;
                    boolean key = last >= 0 && mappings.get(last) && positions.get(last) % 2 == 0;
                    ScalarEvent scalar = (ScalarEvent) event;
                    advance(positions, mergeNext);
                    if (key && scalar.isPlain() && scalar.getValue().equals("<<")) {
                        mergeNext.set(last, true);
                    }
                }
            }
        } catch (RuntimeException e) {
            // A syntax error: the composer reports it in its own words.
        }
        return Optional.empty();
    }

    // The next node of the innermost collection is the value of a `<<` key.
    private static boolean isMergeValue(List<Boolean> mergeNext) {
        return !mergeNext.isEmpty() && mergeNext.get(mergeNext.size() - 1);
    }

    // A node of the innermost collection was read: the position moves on, a merge value is used up.
    private static void advance(List<Integer> positions, List<Boolean> mergeNext) {
        int last = positions.size() - 1;
        if (last >= 0) {
            positions.set(last, positions.get(last) + 1);
            mergeNext.set(last, false);
        }
    }
}
