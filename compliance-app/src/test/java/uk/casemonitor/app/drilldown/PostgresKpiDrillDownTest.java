package uk.casemonitor.app.drilldown;

import org.junit.jupiter.api.Tag;
import uk.casemonitor.app.PostgresSchema;

import java.util.Map;

/** The drill-down contract on PostgreSQL, in a schema of its own. Run by .ci/run. */
@Tag("postgres")
class PostgresKpiDrillDownTest extends KpiDrillDownContract {

    private PostgresSchema schema;

    @Override
    protected Map<String, String> openDatabase() {
        schema = PostgresSchema.create("dd_");
        return schema.datasourceProperties();
    }

    @Override
    protected String[] profiles() {
        return new String[] {"postgres"};
    }

    @Override
    protected void dropDatabase() {
        schema.drop();
    }
}
