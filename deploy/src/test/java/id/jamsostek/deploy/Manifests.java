package id.jamsostek.deploy;

import java.util.List;
import java.util.Map;

/** The objects of one rendered overlay, looked up by kind and name. */
record Manifests(List<Map<String, Object>> objects) {

    List<Map<String, Object>> named(String kind, String name) {
        return objects.stream().filter(object -> kind.equals(object.get("kind")) && name.equals(name(object))).toList();
    }

    Map<String, Object> one(String kind, String name) {
        List<Map<String, Object>> found = named(kind, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " " + name + ", found " + found.size());
        }
        return found.getFirst();
    }

    static String name(Map<String, Object> object) {
        return at(object, "metadata", "name");
    }

    /** The value at a path of keys; fails naming the path when a step is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> object, String... path) {
        Object value = object;
        for (String key : path) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no " + String.join(".", path) + " in " + object.get("kind"));
            }
            value = map.get(key);
        }
        return (T) value;
    }

    static <T> List<T> list(Map<String, Object> object, String... path) {
        return at(object, path);
    }
}
