package io.github.attentioncourse.site.course;

import io.github.attentioncourse.authoring.ContentError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The course's shape, computed from the lesson headers and nothing typed by hand: modules in
 * number order, lessons in {@code order}, each lesson's position and its neighbours.
 */
public final class Course {

    /** A module: its number, title, folder and published lessons in order. */
    public record Module(int number, String title, String folder, boolean hasIndexPage, List<Lesson> lessons) {

        public String uri() {
            return folder.isEmpty() ? "index.html" : folder + "/index.html";
        }
    }

    private final List<Module> modules;
    private final List<Lesson> sequence = new ArrayList<>();

    private Course(List<Module> modules) {
        this.modules = modules;
        modules.forEach(module -> sequence.addAll(module.lessons()));
    }

    /**
     * @param lessons      every lesson read, published or draft
     * @param moduleTitles titles from modules' index.md, by folder
     * @param problems     where duplicate positions and order gaps are reported
     */
    public static Course of(List<Lesson> lessons, Map<String, String> moduleTitles, List<ContentError> problems, List<ContentError> warnings) {
        Map<Integer, List<Lesson>> byModule = new TreeMap<>();
        for (Lesson lesson : lessons) {
            if (lesson.published()) {
                byModule.computeIfAbsent(lesson.module(), n -> new ArrayList<>()).add(lesson);
            }
        }
        List<Module> modules = new ArrayList<>();
        for (Map.Entry<Integer, List<Lesson>> entry : byModule.entrySet()) {
            List<Lesson> members = entry.getValue();
            members.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::file));
            String folder = members.get(0).folder();
            checkPositions(entry.getKey(), folder, members, problems, warnings);
            String title = moduleTitles.getOrDefault(folder, titleFromFolder(folder, entry.getKey()));
            modules.add(new Module(entry.getKey(), title, folder, moduleTitles.containsKey(folder), List.copyOf(members)));
        }
        return new Course(List.copyOf(modules));
    }

    private static void checkPositions(int module, String folder, List<Lesson> members, List<ContentError> problems,
                                       List<ContentError> warnings) {
        Map<Integer, Lesson> seen = new LinkedHashMap<>();
        for (Lesson lesson : members) {
            if (!lesson.folder().equals(folder)) {
                problems.add(new ContentError(lesson.file(), lesson.header().line("module"), "module=" + module
                        + " but the lesson is not in that module's folder " + folder + "/; expected every lesson of a "
                        + "module in one folder"));
            }
            Lesson other = seen.putIfAbsent(lesson.order(), lesson);
            if (other != null) {
                problems.add(new ContentError(lesson.file(), lesson.header().line("order"), "module " + module
                        + " already has a lesson with order=" + lesson.order() + " (" + other.file()
                        + "); expected a different order"));
            }
        }
        int expected = 1;
        for (int order : seen.keySet()) {
            if (order != expected) {
                Lesson lesson = seen.get(order);
                warnings.add(new ContentError(lesson.file(), lesson.header().line("order"), "order=" + order
                        + " leaves a gap in module " + module + "; expected order=" + expected
                        + " (positions are counted, so the page will say lesson " + expected + ")"));
            }
            expected = order + 1;
        }
    }

    /** {@code module-2-attention} → "Attention". */
    static String titleFromFolder(String folder, int number) {
        String name = folder.contains("/") ? folder.substring(folder.lastIndexOf('/') + 1) : folder;
        String words = name.replaceFirst("^(module|mod)?-?\\d+-?", "").replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) {
            return "Module " + number;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public List<Module> modules() {
        return modules;
    }

    /** Every published lesson in reading order. */
    public List<Lesson> sequence() {
        return sequence;
    }

    public Module moduleOf(Lesson lesson) {
        return modules.stream().filter(m -> m.number() == lesson.module()).findFirst().orElseThrow();
    }
}
