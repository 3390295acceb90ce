package uk.casemonitor.app.rules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.core.rules.RuleCatalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /api/rules}: the rule catalogue in force, with the authority's local timescales applied. */
@RestController
class RuleController {

    private final RuleCatalogue catalogue;

    public RuleController(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/rules")
    public List<Map<String, Object>> rules() {
        return catalogue.rules().stream().map(rule -> Map.<String, Object>of(
                "id", rule.id(), "subject", rule.subjectKind(), "obligation", rule.obligation(), "basis", rule.basis(),
                "endsWhen", rule.endsWhen(),
                "timescales", rule.timescales().entrySet().stream()
                                  .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())),
                "kpi", rule.kpi().label())).toList();
    }
}
