package uk.casemonitor.app.metrics;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana variable query) reads: enough of PromQL to
 * drop strings, label matchers, ranges, grouping clauses, functions and keywords.
 */
final class PromQl {

    private static final Pattern GRAFANA_QUERY = Pattern.compile("^\\s*(?:label_values|query_result)\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern BRACES = Pattern.compile("\\{[^}]*}");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern TOKEN = Pattern.compile("\\d[\\w.]*|[A-Za-z_:][\\w:]*(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "atan2", "inf", "nan", "Inf", "NaN");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        String expr = expression;
        Matcher grafana = GRAFANA_QUERY.matcher(expr);
        if (grafana.matches()) {
            // label_values(selector, label) or label_values(label): the selector is what must exist.
            String args = grafana.group(1);
            int comma = args.lastIndexOf(',');
            expr = comma < 0 ? "" : args.substring(0, comma);
        }
        expr = STRING.matcher(expr).replaceAll(" ");
        expr = BRACES.matcher(expr).replaceAll(" ");
        expr = BRACKETS.matcher(expr).replaceAll(" ");
        expr = GROUPING.matcher(expr).replaceAll(" ");
        expr = VARIABLE.matcher(expr).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher token = TOKEN.matcher(expr);
        while (token.find()) {
            String text = token.group();
            if (Character.isDigit(text.charAt(0)) || token.group(1) != null || KEYWORDS.contains(text)) {
                continue;
            }
            names.add(text);
        }
        return names;
    }
}
