package uk.casemonitor.core.childcase;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import uk.casemonitor.core.recording.PracticeRuleViolation;

/** Matches the refusal of an event by its machine-readable code, for children and carers alike. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<Throwable> violation(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof PracticeRuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a practice rule violation coded ").appendValue(code);
            }
        };
    }
}
