#!/usr/bin/env bash
# End-to-end check of the metrics against a real Prometheus: starts the built app jar with a temp
# database and a handful of cases (some duties overdue, so breaches exist), starts Prometheus
# scraping it every 2 s, then evaluates every Grafana dashboard expression and every alert rule
# through Prometheus's query API. Each must return a non-empty result. An alert rule is evaluated
# with its comparisons made `bool` comparisons (`a > 10` becomes `a > bool 10`): that returns 0 or 1
# instead of filtering, so it is non-empty exactly when the series it compares exist and match,
# whether or not the alert would fire. Before Prometheus starts, the KPI history of the last twelve
# months is exported (export-kpi-history) and backfilled with promtool; a range query over it must
# give, at every month end, the figures GET /api/kpis/trends gives. Needs
# compliance-app/target/compliance-app.jar (mvn verify).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=compliance-app/target/compliance-app.jar
TIMEOUT_SECONDS=${PROMETHEUS_E2E_TIMEOUT:-120}

if [ ! -f "$JAR" ]; then
    echo "prometheus-e2e: $JAR is missing: build it first (mvn verify)" >&2
    exit 1
fi

if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1 \
        || ! command -v python3 >/dev/null 2>&1; then
    echo "prometheus-e2e: installing Prometheus from Debian's packages"
    # Keep the package's own service from starting: this script runs Prometheus itself, on loopback.
    created_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        created_policy=yes
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus curl python3 >/dev/null
    [ -n "$created_policy" ] && rm -f /usr/sbin/policy-rc.d
fi

WORK=$(mktemp -d)
APP_PID=""
PROM_PID=""
cleanup() {
    for pid in $PROM_PID $APP_PID; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for() { # description, seconds, command...
    local what=$1 seconds=$2
    shift 2
    for _ in $(seq 1 "$seconds"); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "prometheus-e2e: timed out waiting for $what" >&2
    return 1
}

APP_PORT=$(free_port)
PROM_PORT=$(free_port)
APP="http://127.0.0.1:$APP_PORT"
PROM="http://127.0.0.1:$PROM_PORT"

echo "prometheus-e2e: checking the alert rules and the scrape config"
promtool check rules grafana/prometheus/alerts.yml
sed -e "s/scrape_interval: 15s/scrape_interval: 2s/" -e "s/evaluation_interval: 15s/evaluation_interval: 2s/" \
    -e "s/'localhost:8080'/'127.0.0.1:$APP_PORT'/" grafana/prometheus/prometheus.yml > "$WORK/prometheus.yml"
cp grafana/prometheus/alerts.yml "$WORK/alerts.yml"
grep -q "127.0.0.1:$APP_PORT" "$WORK/prometheus.yml"
promtool check config "$WORK/prometheus.yml"

# A user of this run only, for recording the demo cases and reading KPIs (the password is "e2e-password").
E2E_USER='e2e:e2e-password'
start_app() {
    echo "prometheus-e2e: starting the monitor on $APP"
    java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" --compliance.data-dir="$WORK/data" \
         '--compliance.security.users.e2e.password=$2a$10$ZuV9fP4hvDvp16APzDSz6eedgWEg4DMaNa/jOpAR1Hsw3aWu9LNHq' \
         --compliance.security.users.e2e.roles=RECORDER,PERFORMANCE \
         --compliance.metrics.refresh=2s --compliance.metrics.projection-refresh=2s --compliance.authority-name=e2e-borough \
         >> "$WORK/app.log" 2>&1 &
    APP_PID=$!
    if ! wait_for "the monitor to start" 120 curl -sf "$APP/actuator/health"; then
        tail -n 50 "$WORK/app.log" >&2
        exit 1
    fi
}
start_app

# A realistic handful of cases in three teams, dated back from today (English time, as the monitor's).
day() { TZ=Europe/London date -d "-$1 days" +%F; }
post() { # path, JSON array
    local status
    status=$(curl -s -u "$E2E_USER" -o "$WORK/response.json" -w '%{http_code}' -X POST "$APP$1" -H 'Content-Type: application/json' -d "$2")
    if [ "$status" != 201 ] && [ "$status" != 200 ]; then
        echo "prometheus-e2e: POST $1 answered $status: $(cat "$WORK/response.json")" >&2
        exit 1
    fi
}
ev() { # type, id, days ago, extra fields
    printf '{"type":"%s","eventId":"%s","occurredAt":"%s","recordedBy":"e2e"%s}' "$1" "$2" "$(day "$3")" "${4:+,$4}"
}
# Recorded twice: the history is exported from the first set; the second, recorded after the monitor
# restarts, gives the live counters (events ingested, breaches raised, Axon's) something to count.
record_demo_cases() { # id suffix
    echo "prometheus-e2e: recording demo cases${1:+ (ids ending $1)}"
    # North: a child on a CP plan after a late ICPC, visited once and not since; a child in need.
    post /api/children/N-1$1/events "[$(ev TeamAssigned t 80 '"teamId":"north"'),$(ev WorkerAllocated w 80 '"workerId":"sw.north1"'),
      $(ev ChildDetailsRecorded dob 80 '"dateOfBirth":"2016-04-01"'),$(ev ReferralReceived r 72 '"source":"school"'),
      $(ev ReferralDecisionMade d 71 '"decision":"STRATEGY_DISCUSSION"'),$(ev StrategyDiscussionHeld sd 70 '"section47Initiated":true'),
      $(ev InitialChildProtectionConferenceHeld icpc 40 '"childProtectionPlanMade":true'),
      $(ev ChildProtectionPlanStarted cp 40 '"category":"NEGLECT"'),
      $(ev VisitMade v1 35 '"visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"parent present"'),
      $(ev CoreGroupMeetingHeld cg 33)]"
    post /api/children/N-2$1/events "[$(ev TeamAssigned t 30 '"teamId":"north"'),$(ev ChildInNeedPlanStarted cin 30),
      $(ev VisitMade v1 10 '"visitType":"CHILD_IN_NEED","childSeen":true,"seenAlone":true'),$(ev ManagementOversightRecorded mo 0)]"
    # South: a looked-after child whose visits lapsed; care leavers, one NEET, one relevant child just visited.
    post /api/children/S-1$1/events "[$(ev TeamAssigned t 90 '"teamId":"south"'),$(ev BecameLookedAfter la 90 '"legalStatus":"C2"'),
      $(ev PlacementStarted p1 90 '"placementType":"U1","longTerm":false'),
      $(ev VisitMade v1 86 '"visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":true'),$(ev LookedAfterReviewHeld r1 75)]"
    post /api/children/S-2$1/events "[$(ev TeamAssigned t 150 '"teamId":"south"'),$(ev BecameCareLeaver cl 150 '"status":"FORMER_RELEVANT"'),
      $(ev CareLeaverContactMade c1 30 '"inTouch":true,"neet":true,"accommodationSuitable":true,"accommodationType":"supported lodgings"')]"
    post /api/children/S-3$1/events "[$(ev TeamAssigned t 30 '"teamId":"south"'),$(ev BecameCareLeaver cl 30 '"status":"RELEVANT"'),
      $(ev VisitMade v1 20 '"visitType":"CARE_LEAVER","childSeen":true'),
      $(ev CareLeaverContactMade c1 20 '"inTouch":true,"neet":false,"accommodationSuitable":false')]"
    # Fostering: a carer approved over a year ago and never reviewed; a connected carer approved recently.
    post /api/foster-carers/F-1$1/events "[$(ev FosterCarerTeamAssigned t 400 '"teamId":"fostering"'),
      $(ev FosterCarerApproved a 400 '"carerType":"MAINSTREAM"'),$(ev FosterCarerDbsCheckCompleted dbs 390),
      $(ev FosterCarerUnannouncedVisitMade u1 200),$(ev FosterCarerSupervisoryVisitMade s1 100)]"
    post /api/foster-carers/F-2$1/events "[$(ev FosterCarerTeamAssigned t 60 '"teamId":"fostering"'),
      $(ev FosterCarerApproved a 60 '"carerType":"CONNECTED"'),$(ev FosterCarerSupervisoryVisitMade s1 20)]"
    curl -sf -u "$E2E_USER" "$APP/api/kpis" >/dev/null
}
record_demo_cases ""

# The history: once the projection has every event, the monitor stops (H2 in file mode has one
# user at a time), export-kpi-history writes twelve month ends up to the last one, promtool turns
# them into blocks for Prometheus's data folder, and the monitor starts again.
lag_is_zero() { curl -sf "$APP/actuator/prometheus" | grep -E '^compliance_projection_lag_events\{.*processor="compliance"' | grep -qE ' 0(\.0)?$'; }
sleep 3
wait_for "the projection to catch up" 60 lag_is_zero
HISTORY_FROM=$(TZ=Europe/London date -d "$(TZ=Europe/London date +%Y-%m-01) -12 months" +%F)
HISTORY_TO=$(TZ=Europe/London date -d "$(TZ=Europe/London date +%Y-%m-01) -1 day" +%F)
# What the trend API says of that year, for the authority and every team the live metrics show.
python3 - "$APP" "$E2E_USER" "$HISTORY_FROM" "$HISTORY_TO" > "$WORK/trends.json" <<'PYTHON'
import base64, json, re, sys, urllib.parse, urllib.request
app, user, first, last = sys.argv[1:5]
def get(url, accept="application/json"):
    request = urllib.request.Request(url, headers={"Authorization": "Basic " + base64.b64encode(user.encode()).decode(),
                                                   "Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()
scrape = get(app + "/actuator/prometheus", "text/plain")
teams = sorted(set(re.findall(r'^compliance_kpi_denominator\{[^}]*team="([^"]*)"', scrape, re.M)))
trends = {}
for team in teams:
    query = {"from": first, "to": last, "step": "month"}
    if team != "all":
        query["team"] = team
    trends[team] = json.loads(get(app + "/api/kpis/trends?" + urllib.parse.urlencode(query)))["kpis"]
json.dump(trends, sys.stdout)
PYTHON
kill "$APP_PID"
for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
echo "prometheus-e2e: exporting the KPI history, $HISTORY_FROM to $HISTORY_TO by month"
java -Xmx512m -jar "$JAR" export-kpi-history --from "$HISTORY_FROM" --to "$HISTORY_TO" --step month \
     --out "$WORK/kpi-history.om" --compliance.data-dir="$WORK/data" --compliance.authority-name=e2e-borough
promtool tsdb create-blocks-from openmetrics "$WORK/kpi-history.om" "$WORK/tsdb" > "$WORK/promtool.log"
tail -n 3 "$WORK/promtool.log"
start_app
record_demo_cases "-b"

echo "prometheus-e2e: starting Prometheus on $PROM"
# Backfilled blocks older than the retention would be deleted at once: keep ten years.
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" --web.listen-address="127.0.0.1:$PROM_PORT" \
           --storage.tsdb.retention.time=10y --log.level=warn > "$WORK/prometheus.log" 2>&1 &
PROM_PID=$!
scraped() { curl -sf "$PROM/api/v1/query" --data-urlencode 'query=up{job="case-monitor"} == 1' | grep -q '"value"'; }
if ! wait_for "a successful scrape" 60 scraped; then
    tail -n 30 "$WORK/prometheus.log" >&2
    curl -s "$PROM/api/v1/targets" >&2 || true
    exit 1
fi
SCRAPE="$WORK/scrape.txt"
curl -sf "$APP/actuator/prometheus" > "$SCRAPE"
echo "prometheus-e2e: first scrape ok; the monitor exports $(grep -vc '^#' "$SCRAPE") series in $(wc -c < "$SCRAPE") bytes"
# A few more scrapes, so that rate() over a minute has samples to work with.
sleep 8

echo "prometheus-e2e: checking the backfilled history against GET /api/kpis/trends"
python3 - "$PROM" "$WORK/trends.json" <<'PYTHON'
import datetime, json, sys, urllib.parse, urllib.request

prom, saved = sys.argv[1:3]

def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)

def day_after(iso):
    return datetime.datetime.fromisoformat(iso).replace(tzinfo=datetime.timezone.utc) + datetime.timedelta(days=1)

# The trend API's month ends as the monitor gave them just before the export, for the authority ("all") and each team.
trends = json.load(open(saved))
teams = sorted(trends)
assert "all" in teams and len(teams) > 1, teams
expected = {}  # (metric, kpi, team, as-of) -> value, or None where the ratio is absent
for team in teams:
    for trend in trends[team]:
        for point in trend["points"]:
            for metric in ("numerator", "denominator", "ratio"):
                expected[(metric, trend["id"], team, point["asOf"])] = point[metric]
as_of_dates = sorted({key[3] for key in expected})
assert len(as_of_dates) == 12, as_of_dates

# One range query per metric over the backfilled year, a step a day at midnight UTC: the day before's
# month-end sample (the last second of that day in England) is the one last_over_time(...[1d]) finds.
start = day_after(as_of_dates[0]).timestamp()
end = day_after(as_of_dates[-1]).timestamp()
compared, failures = 0, []
for metric in ("numerator", "denominator", "ratio"):
    expr = 'last_over_time(compliance_kpi_%s{authority="e2e-borough"}[1d])' % metric
    answer = get(prom + "/api/v1/query_range?" + urllib.parse.urlencode({"query": expr, "start": start, "end": end, "step": 86400}))
    found = {}
    for series in answer["data"]["result"]:
        for timestamp, value in series["values"]:
            as_of = (datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc) - datetime.timedelta(days=1)).date().isoformat()
            if as_of in as_of_dates:
                found[(metric, series["metric"]["kpi"], series["metric"]["team"], as_of)] = float(value)
    for key, value in expected.items():
        if key[0] != metric:
            continue
        compared += 1
        got = found.get(key)
        if value is None and got is not None or value is not None and (got is None or abs(got - value) > 1e-9):
            failures.append("%s: Prometheus %s, trend API %s" % (key, got, value))
print("prometheus-e2e: %d month-end values compared for %d teams and the authority, %d differ"
      % (compared, len(teams) - 1, len(failures)))
for failure in failures[:20]:
    print("FAILED " + failure)
nonzero = sum(1 for key, value in expected.items() if key[0] == "denominator" and value)
assert nonzero > 20, "too few KPIs with anyone to measure: %d" % nonzero
sys.exit(1 if failures else 0)
PYTHON

python3 - "$PROM" grafana "$TIMEOUT_SECONDS" <<'PYTHON'
import glob, json, os, re, sys, time, urllib.error, urllib.parse, urllib.request

prom, grafana, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
deadline = time.time() + timeout

def query(expr):
    url = prom + "/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        return json.load(error)

def non_empty(answer):
    if answer.get("status") != "success":
        return False
    data = answer["data"]
    return data["resultType"] in ("scalar", "string") or len(data["result"]) > 0

BUILTINS = {"__rate_interval": "1m", "__interval": "1m", "__range": "1h"}

def substitute(expr, values):
    every = dict(BUILTINS, **values)
    for name in sorted(every, key=len, reverse=True):
        pattern = r"\$\{" + re.escape(name) + r"(?::[a-z]+)?\}|\[\[" + re.escape(name) + r"\]\]|\$" + re.escape(name) + r"(?![A-Za-z0-9_])"
        expr = re.sub(pattern, lambda m: every[name], expr)
    return expr

LABEL_VALUES = re.compile(r"^\s*label_values\((.*),\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$", re.S)

def boolify(expr):
    """Makes every comparison outside label matchers a bool comparison, so it returns 0/1 rather than filtering."""
    out, i, depth = [], 0, 0
    while i < len(expr):
        c = expr[i]
        if c == '"':
            j = i + 1
            while j < len(expr) and expr[j] != '"':
                j += 2 if expr[j] == "\\" else 1
            out.append(expr[i:j + 1]); i = j + 1; continue
        if c == "{": depth += 1
        if c == "}": depth -= 1
        op = None
        if depth == 0:
            for candidate in ("==", "!=", ">=", "<=", ">", "<"):
                if expr.startswith(candidate, i):
                    op = candidate
                    break
        if op:
            out.append(op)
            i += len(op)
            if not re.match(r"\s*bool\b", expr[i:]):
                out.append(" bool")
            continue
        out.append(c); i += 1
    return "".join(out)

checks = []  # (where, expression)
for path in sorted(glob.glob(os.path.join(grafana, "dashboards", "*.json"))):
    board = json.load(open(path))
    name = os.path.basename(path)
    values = {}
    for variable in board.get("templating", {}).get("list", []):
        vtype, vname = variable.get("type"), variable["name"]
        query_text = variable.get("query")
        if isinstance(query_text, dict):
            query_text = query_text.get("query", "")
        if vtype in ("textbox", "constant", "custom"):
            values[vname] = str(query_text or "").split(",")[0]
        elif vtype == "query":
            match = LABEL_VALUES.match(substitute(query_text, values))
            if not match:
                checks.append((name + " $" + vname, substitute(query_text, values)))
                continue
            selector, label = match.group(1), match.group(2)
            checks.append((name + " $" + vname, selector))
            found = sorted({r["metric"][label] for r in query(selector).get("data", {}).get("result", []) if label in r["metric"]})
            if variable.get("includeAll") and variable.get("allValue"):
                values[vname] = variable["allValue"]
            elif found:
                values[vname] = found[0]
            else:
                values[vname] = "no-value-for-" + vname
    print("prometheus-e2e: %s with %s" % (name, ", ".join("%s=%s" % kv for kv in sorted(values.items())) or "no variables"))

    def panels(items):
        for panel in items:
            yield panel
            yield from panels(panel.get("panels", []))

    for panel in panels(board.get("panels", [])):
        for target in panel.get("targets", []):
            if "expr" in target:
                checks.append(("%s \"%s\" %s" % (name, panel.get("title", ""), target.get("refId", "")),
                               substitute(target["expr"], values)))

rules = json.load(urllib.request.urlopen(prom + "/api/v1/rules", timeout=10))
alert_count = 0
for group in rules["data"]["groups"]:
    for rule in group["rules"]:
        alert_count += 1
        checks.append(("alert %s" % rule["name"], boolify(rule["query"])))
print("prometheus-e2e: %d alert rules loaded by Prometheus" % alert_count)

pending = list(checks)
answers = {}
while True:
    still = []
    for where, expr in pending:
        answer = query(expr)
        answers[(where, expr)] = answer
        if not non_empty(answer):
            still.append((where, expr))
    pending = still
    if not pending or time.time() > deadline:
        break
    time.sleep(3)

for where, expr in pending:
    answer = answers[(where, expr)]
    print("FAILED %s\n  %s\n  -> %s" % (where, expr, json.dumps(answer)[:300]))
passed = len(checks) - len(pending)
print("prometheus-e2e: %d passed, %d failed" % (passed, len(pending)))
sys.exit(1 if pending else 0)
PYTHON
