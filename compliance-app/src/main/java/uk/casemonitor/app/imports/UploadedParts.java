package uk.casemonitor.app.imports;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The files of an import upload by part name, whether sent as files or as plain form fields. */
final class UploadedParts {

    private UploadedParts() {
    }

    /**
     * @param options   form fields that are options of the import, not files
     * @param sentTwice the error for a part sent more than once, given its name
     */
    static Map<String, byte[]> of(MultipartHttpServletRequest request, Set<String> options,
                                  Function<String, RuntimeException> sentTwice) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
            requireOnce(part.getKey(), part.getValue().size(), parts, sentTwice);
            parts.put(part.getKey(), part.getValue().get(0).getBytes());
        }
        // A file may also arrive as a plain form field (curl -F 'episodes=<episodes.csv').
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (!options.contains(field.getKey())) {
                requireOnce(field.getKey(), field.getValue().length, parts, sentTwice);
                parts.put(field.getKey(), field.getValue()[0].getBytes(StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static void requireOnce(String part, int times, Map<String, byte[]> parts,
                                    Function<String, RuntimeException> sentTwice) {
        if (times > 1 || parts.containsKey(part)) {
            throw sentTwice.apply(part);
        }
    }
}
