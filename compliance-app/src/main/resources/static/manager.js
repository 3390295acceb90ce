'use strict';

/*
 * The team manager's page: the team's open breaches (most overdue first, those over 3 months in a
 * band of their own, filtered by duty and worker) and what falls due soon, kept current from the live
 * alert feed (GET /api/alerts/stream) without reloading. Each alert is shown at once from its own
 * data, then the lists are re-read from /api/breaches and /api/due, which are the record (days
 * overdue and how the breach was raised are not in the alert).
 *
 * The register is read first and on its own: council networks often proxy traffic and block or hold
 * back an event stream, and the page must still show the register. A stream whose "subscribed" event
 * has not arrived within LIVE_WAIT_MS, or that has been silent for longer than QUIET_LIMIT_MS (the
 * server sends a heartbeat every 15 s), is taken as blocked or held back: the page re-reads the
 * register every POLL_EVERY_MS and says so, and goes live again when the stream's events reach it.
 */
(() => {
    const {el, replaceChildren, getJson, postJson, date, dateTime, daysBetween, subjectLink, acknowledgement} = MonitorPage;

    const ALERT_KINDS = ['breach-raised', 'breach-resolved', 'breach-closed', 'breach-withdrawn',
        'breach-acknowledged', 'due-soon'];
    const ENDED = {
        'breach-resolved': 'Met late',
        'breach-closed': 'Closed unmet',
        'breach-withdrawn': 'Withdrawn: no breach after all'
    };
    const NAME_STORE = 'casemonitor.acknowledgedBy';
    const REFRESH_AFTER_ALERT_MS = 300;
    // Days overdue grow at midnight with no alert to say so.
    const REFRESH_EVERY_MS = 5 * 60 * 1000;
    const LIVE_WAIT_MS = 8 * 1000;
    const POLL_EVERY_MS = 30 * 1000;
    const QUIET_LIMIT_MS = 40 * 1000;
    const LONG_STANDING_MONTHS = 3;

    const parameters = new URLSearchParams(location.search);
    const team = (parameters.get('team') || '').trim();
    const ruleFilter = (parameters.get('rule') || '').trim();
    const workerFilter = (parameters.get('worker') || '').trim();

    const state = {
        rules: new Map(),
        today: null,
        open: new Map(),      // breach key → breach, as /api/breaches answers
        openTotal: 0,
        due: new Map(),       // due key → due item, as /api/due answers
        ended: [],            // breaches that left the open list while the page was open, newest first
        fresh: new Set(),     // keys raised or first due since the page opened
        pending: new Map(),   // breach key → acknowledgement recorded here, until the register shows it
        forms: new Map(),     // breach key → its open acknowledgement form's table row
        formIds: new Map(),   // breach key → id used for the form's elements
        rows: new Map(),      // breach key → {row, signature}
        alertsSeen: 0,        // a refresh begun before the latest alert may miss it, so it is not applied
        refreshTimer: null,
        workers: new Set(),   // workers seen in the register, offered in the filter
        monitoringFrom: null, // where monitoring begins, if set: duties owed from before are judged from it
        live: 'connecting',   // connecting, live, reconnecting, polling, offline
        pollTimer: null,
        lastRead: null
    };

    const $ = id => document.getElementById(id);

    function query(parameters) {
        const search = new URLSearchParams();
        Object.entries(parameters).forEach(([name, value]) => {
            if (value !== null && value !== undefined && value !== '') {
                search.set(name, value);
            }
        });
        const text = search.toString();
        return text ? '?' + text : '';
    }

    const breachKey = b => `${b.subjectKind}:${b.subjectId}:${b.obligationKey}`;
    const dueKey = d => `${d.subjectKind}:${d.subjectId}:${d.rule}:${d.dueOn}`;
    const duty = ruleId => state.rules.get(ruleId) || ruleId;
    const subjectText = b => (b.subjectKind === 'FOSTER_CARER' ? 'carer ' : 'child ') + b.subjectId;

    // ---- reading the record ------------------------------------------------------------------------

    async function refresh() {
        const alertsBefore = state.alertsSeen;
        try {
            const [breaches, due] = await Promise.all([
                getJson('/api/breaches' + query({team: team, rule: ruleFilter, worker: workerFilter, status: 'OPEN', size: 500})),
                getJson('/api/due' + query({team: team, worker: workerFilter}))
            ]);
            if (alertsBefore !== state.alertsSeen) {
                return; // an alert came in meanwhile and has asked for a newer read
            }
            state.today = due.today;
            state.dueHorizon = due.withinWorkingDays;
            state.monitoringFrom = breaches.monitoringFrom || null;
            state.open = new Map(breaches.breaches.map(b => [breachKey(b), b]));
            state.openTotal = breaches.total;
            state.due = new Map(due.due.filter(matchesFilter).map(d => [dueKey(d), d]));
            breaches.breaches.concat(due.due).forEach(item => item.workerId && state.workers.add(item.workerId));
            state.lastRead = new Date();
            for (const [key, form] of state.forms) {
                if (!state.open.has(key)) {
                    form.remove();
                    state.forms.delete(key);
                }
            }
            showLoadProblem(null);
            render();
            if (state.live === 'polling') {
                setLive('polling');
            }
        } catch (problem) {
            showLoadProblem(problem);
        }
    }

    function refreshSoon() {
        clearTimeout(state.refreshTimer);
        state.refreshTimer = setTimeout(refresh, REFRESH_AFTER_ALERT_MS);
    }

    function showLoadProblem(problem) {
        const box = $('load-problem');
        if (!problem) {
            box.hidden = true;
            return;
        }
        replaceChildren(box, 'Could not read the register: ', problem.message);
        box.hidden = false;
    }

    // ---- the live feed -----------------------------------------------------------------------------

    function connect() {
        let source;
        try {
            source = new EventSource('/api/alerts/stream' + query({team: team}));
        } catch (noEventSource) {
            startPolling();
            return;
        }
        // Cleared by the stream's own first event: an open stream whose events do not arrive is held back.
        let notOpen = setTimeout(startPolling, LIVE_WAIT_MS);
        let lastHeard = 0;
        const heard = () => {
            lastHeard = Date.now();
            clearTimeout(notOpen);
            if (state.live === 'polling') {
                stopPolling();
                setLive('live');
                refresh(); // whatever happened while the stream was held back
            }
        };
        source.addEventListener('open', () => {
            if (state.live !== 'polling') {
                setLive('live');
            }
            refresh(); // whatever happened while not connected
        });
        source.addEventListener('subscribed', heard);
        source.addEventListener('heartbeat', heard);
        setInterval(() => {
            if (state.live === 'live' && lastHeard && Date.now() - lastHeard > QUIET_LIMIT_MS) {
                startPolling();
            }
        }, LIVE_WAIT_MS);
        source.addEventListener('error', () => {
            if (source.readyState === EventSource.CLOSED) {
                // Refused outright (a proxy answering for the server): EventSource will not try again.
                clearTimeout(notOpen);
                startPolling();
                return;
            }
            // EventSource reconnects by itself; if it cannot within the wait, the register is polled meanwhile.
            if (state.live !== 'polling') {
                setLive('reconnecting');
                clearTimeout(notOpen);
                notOpen = setTimeout(startPolling, LIVE_WAIT_MS);
            }
        });
        ALERT_KINDS.forEach(kind => source.addEventListener(kind, message => {
            let alert;
            try {
                alert = JSON.parse(message.data);
            } catch (notJson) {
                return;
            }
            heard();
            onAlert(kind, alert);
        }));
    }

    function startPolling() {
        if (state.live === 'polling') {
            return;
        }
        setLive('polling');
        state.pollTimer = setInterval(refresh, POLL_EVERY_MS);
        refresh();
    }

    function stopPolling() {
        clearInterval(state.pollTimer);
        state.pollTimer = null;
    }

    function setLive(liveState) {
        const lastRead = state.lastRead ? ` (last read ${state.lastRead.toLocaleTimeString('en-GB')})` : '';
        const texts = {
            connecting: 'Connecting to live updates…',
            live: 'Live: changes appear as they happen',
            reconnecting: 'Reconnecting… changes will appear once connected',
            polling: `Live updates are blocked or held back by the network: the register is re-read every `
                + `${POLL_EVERY_MS / 1000} seconds${lastRead}`,
            offline: 'Not live: reload the page to reconnect'
        };
        state.live = liveState;
        $('live').dataset.state = liveState;
        $('live-text').textContent = texts[liveState];
    }

    /** Whether an alert or due item is one the filters show. */
    function matchesFilter(item) {
        return (!ruleFilter || item.rule === ruleFilter) && (!workerFilter || item.workerId === workerFilter);
    }

    function onAlert(kind, alert) {
        if (!matchesFilter(alert)) {
            return;
        }
        state.alertsSeen++;
        const key = breachKey(alert);
        if (kind === 'breach-raised' || kind === 'breach-acknowledged') {
            if (alert.status === 'OPEN') {
                const known = state.open.get(key);
                if (!known) {
                    state.openTotal++;
                }
                state.open.set(key, Object.assign({
                    raisedBy: null,
                    daysOverdue: state.today ? Math.max(0, daysBetween(alert.dueOn, state.today)) : null
                }, known, {
                    subjectKind: alert.subjectKind, subjectId: alert.subjectId, obligationKey: alert.obligationKey,
                    rule: alert.rule, teamId: alert.teamId, workerId: alert.workerId, dueOn: alert.dueOn,
                    status: alert.status, raisedAt: alert.raisedAt, acknowledgement: alert.acknowledgement
                }));
            }
            if (kind === 'breach-raised') {
                state.fresh.add(key);
                for (const [dueItemKey, item] of state.due) {
                    if (item.subjectId === alert.subjectId && item.rule === alert.rule && item.dueOn === alert.dueOn) {
                        state.due.delete(dueItemKey);
                    }
                }
                announce(`New breach: ${duty(alert.rule)}, ${subjectText(alert)}.`);
            } else {
                state.pending.delete(key);
                const by = alert.acknowledgement ? alert.acknowledgement.by : 'a manager';
                announce(`Acknowledged by ${by}: ${duty(alert.rule)}, ${subjectText(alert)}.`);
            }
        } else if (ENDED[kind]) {
            if (state.open.delete(key)) {
                state.openTotal = Math.max(0, state.openTotal - 1);
            }
            closeForm(key);
            state.ended.unshift({outcome: ENDED[kind], alert: alert});
            state.ended.length = Math.min(state.ended.length, 20);
            announce(`${ENDED[kind]}: ${duty(alert.rule)}, ${subjectText(alert)}.`);
        } else if (kind === 'due-soon') {
            const item = {
                subjectKind: alert.subjectKind, subjectId: alert.subjectId, rule: alert.rule,
                obligation: duty(alert.rule), dueOn: alert.dueOn, workingDaysLeft: null,
                teamId: alert.teamId, workerId: alert.workerId
            };
            state.due.set(dueKey(item), Object.assign(item, state.due.get(dueKey(item))));
            state.fresh.add(dueKey(item));
            announce(`Due soon: ${duty(alert.rule)}, ${subjectText(alert)}, due ${date(alert.dueOn)}.`);
        }
        render();
        refreshSoon();
    }

    function announce(text) {
        const announcer = $('announcer');
        announcer.textContent = '';
        setTimeout(() => { announcer.textContent = text; }, 50);
    }

    // ---- drawing -----------------------------------------------------------------------------------

    function render() {
        renderOpen();
        renderDue();
        renderEnded();
    }

    function renderOpen() {
        const tbody = $('open-breaches').tBodies[0];
        const breaches = [...state.open.entries()].sort(([, a], [, b]) =>
                a.dueOn.localeCompare(b.dueOn) || a.subjectId.localeCompare(b.subjectId)
                || a.obligationKey.localeCompare(b.obligationKey));
        const focusedKey = keyOfFocusedRow();
        for (const [key, {row}] of state.rows) {
            if (!state.open.has(key)) {
                row.remove();
                state.rows.delete(key);
            }
        }
        const longBefore = longStandingBefore();
        const longStanding = breaches.filter(([, b]) => longBefore && b.dueOn < longBefore).length;
        for (const band of tbody.querySelectorAll('tr.band')) {
            band.remove();
        }
        if (longStanding > 0) {
            tbody.appendChild(bandRow('long-standing', `Long-standing: over ${LONG_STANDING_MONTHS} months overdue (${longStanding})`));
        }
        let index = 0;
        for (const [key, breach] of breaches) {
            if (longStanding > 0 && index++ === longStanding) {
                tbody.appendChild(bandRow('recent', `Overdue up to ${LONG_STANDING_MONTHS} months (${breaches.length - longStanding})`));
            }
            const ack = pendingOr(key, breach);
            const signature = JSON.stringify([breach, ack, state.fresh.has(key), state.forms.has(key), duty(breach.rule)]);
            let drawn = state.rows.get(key);
            if (!drawn || drawn.signature !== signature) {
                const row = breachRow(key, breach, ack, !drawn && state.fresh.has(key));
                if (drawn) {
                    drawn.row.replaceWith(row);
                }
                drawn = {row: row, signature: signature};
                state.rows.set(key, drawn);
            }
            tbody.appendChild(drawn.row);
            if (state.forms.has(key)) {
                tbody.appendChild(state.forms.get(key));
            }
        }
        if (focusedKey && !document.activeElement.closest('tr')) {
            focusAcknowledgeButton(focusedKey);
        }
        $('open-breaches').hidden = breaches.length === 0;
        $('no-open').hidden = breaches.length > 0;
        $('open-count').textContent = `(${state.openTotal})`;
        $('long-standing-count').textContent = longStanding > 0
                ? `${longStanding} long-standing (over ${LONG_STANDING_MONTHS} months)` : '';
        $('monitoring-from').hidden = !state.monitoringFrom;
        $('monitoring-from').textContent = state.monitoringFrom
                ? `Monitoring began on ${date(state.monitoringFrom)}: duties due before it are shown in each history, `
                  + 'never as breaches; one still owed then counts as due on that day.' : '';
        const more = $('more-open');
        more.hidden = state.openTotal <= breaches.length;
        more.textContent = `Showing the ${breaches.length} most overdue of ${state.openTotal}.`;
    }

    /** The due date before which a breach is long-standing, or null before the first read. */
    function longStandingBefore() {
        if (!state.today) {
            return null;
        }
        const day = new Date(state.today + 'T00:00:00Z');
        day.setUTCMonth(day.getUTCMonth() - LONG_STANDING_MONTHS);
        return day.toISOString().slice(0, 10);
    }

    function bandRow(kind, text) {
        return el('tr', {class: 'band ' + kind}, el('th', {scope: 'rowgroup', colspan: 8}, text));
    }

    function keyOfFocusedRow() {
        const row = document.activeElement && document.activeElement.closest && document.activeElement.closest('tr.breach');
        return row ? row.dataset.key : null;
    }

    /** The acknowledgement to show: the register's, or one just recorded here that it does not show yet. */
    function pendingOr(key, breach) {
        const pending = state.pending.get(key);
        const recorded = breach.acknowledgement;
        if (pending && recorded && recorded.by === pending.by && recorded.note === pending.note) {
            state.pending.delete(key);
            return recorded;
        }
        return pending || recorded || null;
    }

    function breachRow(key, breach, ack, arriving) {
        const days = breach.daysOverdue;
        const severity = days === null ? '' : days >= 20 ? 'severe' : days >= 5 ? 'high' : 'low';
        const raised = {DEADLINE_PASSED: 'Deadline passed', LATE_EVENT: 'Late-recorded event'}[breach.raisedBy];
        const formOpen = state.forms.has(key);
        const longBefore = longStandingBefore();
        const longStanding = longBefore && breach.dueOn < longBefore;
        const fromMonitoringStart = breach.dueFromMonitoringStart
                ? el('span', {class: 'when'}, 'owed since before monitoring began') : null;
        return el('tr', {'data-key': key, class: 'breach' + (arriving ? ' arriving' : '') + (ack ? ' acknowledged' : '')
                + (longStanding ? ' long-standing' : '')},
            el('td', {class: 'num'},
                el('span', {class: 'overdue ' + severity}, days === null ? '…' : String(days)),
                el('span', {class: 'unit'}, days === 1 ? ' day' : ' days')),
            el('th', {scope: 'row', class: 'duty'},
                duty(breach.rule),
                state.fresh.has(key) ? el('span', {class: 'badge'}, 'New') : null,
                el('span', {class: 'rule-id'}, breach.rule)),
            el('td', {}, subjectLink(breach.subjectKind, breach.subjectId)),
            el('td', {class: breach.workerId ? '' : 'none'}, breach.workerId || 'Unallocated'),
            el('td', {class: 'date'}, date(breach.dueOn), fromMonitoringStart),
            el('td', {class: 'raised'}, raised || '…', breach.raisedAt ? el('span', {class: 'when'}, dateTime(breach.raisedAt)) : null),
            el('td', {class: 'acknowledgement'}, acknowledgement(ack)),
            el('td', {class: 'action'},
                el('button', {
                    type: 'button', class: 'acknowledge', 'aria-expanded': String(formOpen),
                    'aria-controls': formOpen ? formId(key) : null, onclick: () => toggleForm(key)
                }, ack ? 'Acknowledge again' : 'Acknowledge',
                    el('span', {class: 'visually-hidden'}, `: ${duty(breach.rule)}, ${subjectText(breach)}`))));
    }

    function renderDue() {
        const tbody = $('due-soon').tBodies[0];
        const items = [...state.due.entries()].sort(([, a], [, b]) =>
                a.dueOn.localeCompare(b.dueOn) || a.subjectId.localeCompare(b.subjectId));
        replaceChildren(tbody, items.map(([key, item]) => el('tr', {'data-key': key, class: 'due'},
            el('td', {class: 'date'}, date(item.dueOn)),
            el('td', {class: 'num'}, item.workingDaysLeft === null ? '…'
                    : item.workingDaysLeft === 0 ? 'Due today' : String(item.workingDaysLeft)),
            el('th', {scope: 'row', class: 'duty'}, item.obligation || duty(item.rule),
                state.fresh.has(key) ? el('span', {class: 'badge'}, 'New') : null,
                el('span', {class: 'rule-id'}, item.rule)),
            el('td', {}, subjectLink(item.subjectKind, item.subjectId)),
            el('td', {class: item.workerId ? '' : 'none'}, item.workerId || 'Unallocated'))));
        $('due-soon').hidden = items.length === 0;
        $('no-due').hidden = items.length > 0;
        $('due-count').textContent = `(${items.length})`;
        if (state.dueHorizon !== undefined) {
            $('due-hint').textContent = `Open duties falling due in the next ${state.dueHorizon} working days`
                + (state.today ? ` (today is ${date(state.today)}).` : '.');
        }
    }

    function renderEnded() {
        $('ended').hidden = state.ended.length === 0;
        replaceChildren($('ended-breaches').tBodies[0], state.ended.map(({outcome, alert}) =>
            el('tr', {'data-key': breachKey(alert), class: 'ended'},
                el('td', {}, outcome),
                el('th', {scope: 'row', class: 'duty'}, duty(alert.rule), el('span', {class: 'rule-id'}, alert.rule)),
                el('td', {}, subjectLink(alert.subjectKind, alert.subjectId)),
                el('td', {class: alert.workerId ? '' : 'none'}, alert.workerId || 'Unallocated'),
                el('td', {class: 'date'}, date(alert.dueOn)))));
    }

    // ---- acknowledging -----------------------------------------------------------------------------

    function formId(key) {
        if (!state.formIds.has(key)) {
            state.formIds.set(key, 'ack-form-' + (state.formIds.size + 1));
        }
        return state.formIds.get(key);
    }

    function toggleForm(key) {
        if (state.forms.has(key)) {
            closeForm(key);
            render();
            focusAcknowledgeButton(key);
        } else {
            openForm(key);
            render();
            state.forms.get(key).querySelector('textarea').focus();
        }
    }

    function closeForm(key) {
        const form = state.forms.get(key);
        if (form) {
            form.remove();
            state.forms.delete(key);
        }
    }

    function focusAcknowledgeButton(key) {
        const drawn = state.rows.get(key);
        if (drawn) {
            drawn.row.querySelector('button.acknowledge').focus();
        }
    }

    function openForm(key) {
        const breach = state.open.get(key);
        const id = formId(key);
        const field = (label, control, hint) => el('div', {class: 'field'},
            el('label', {for: control.id}, label), hint ? el('span', {class: 'hint', id: control.id + '-hint'}, hint) : null,
            control);
        const note = el('textarea', {id: id + '-note', name: 'note', rows: 3, maxlength: 1000, 'aria-required': 'true',
            'aria-describedby': id + '-note-hint'});
        const plannedAction = el('textarea', {id: id + '-plan', name: 'plannedAction', rows: 2, maxlength: 1000});
        const acknowledgedBy = el('input', {id: id + '-by', name: 'acknowledgedBy', type: 'text', maxlength: 100,
            autocomplete: 'name', 'aria-required': 'true'});
        acknowledgedBy.value = rememberedName();
        const problem = el('div', {id: id + '-problem', class: 'problem', role: 'alert', hidden: true});
        const submit = el('button', {type: 'submit'}, 'Record acknowledgement');
        const cancel = el('button', {type: 'button', class: 'secondary', onclick: () => toggleForm(key)}, 'Cancel');
        // The monitor checks the form (one set of rules, the API's); its problem is shown as it answers.
        const form = el('form', {class: 'ack-form', novalidate: true, 'aria-labelledby': id + '-legend'},
            el('fieldset', {},
                el('legend', {id: id + '-legend'}, 'Acknowledge: ', duty(breach.rule), ', ', subjectText(breach),
                    ', due ', date(breach.dueOn)),
                field('Note', note, 'Why the duty was not met on time.'),
                field('Planned action (optional)', plannedAction),
                field('Your name', acknowledgedBy),
                problem,
                el('div', {class: 'actions'}, submit, cancel)));
        const controls = {note: note, plannedAction: plannedAction, acknowledgedBy: acknowledgedBy};
        form.addEventListener('submit', event => {
            event.preventDefault();
            acknowledge(key, breach, controls, problem, submit);
        });
        state.forms.set(key, el('tr', {id: id, class: 'ack-row'}, el('td', {colspan: 8}, form)));
    }

    async function acknowledge(key, breach, controls, problemBox, submit) {
        problemBox.hidden = true;
        Object.values(controls).forEach(control => control.removeAttribute('aria-invalid'));
        submit.disabled = true;
        const path = (breach.subjectKind === 'FOSTER_CARER' ? '/api/foster-carers/' : '/api/children/')
                + encodeURIComponent(breach.subjectId) + '/breaches/acknowledgements';
        try {
            const recorded = await postJson(path, {
                obligationKey: breach.obligationKey,
                note: controls.note.value.trim(),
                plannedAction: controls.plannedAction.value.trim() || null,
                acknowledgedBy: controls.acknowledgedBy.value.trim()
            });
            rememberName(recorded.recordedBy);
            state.pending.set(key, {by: recorded.recordedBy, note: recorded.note, plannedAction: recorded.plannedAction || null});
            closeForm(key);
            render();
            focusAcknowledgeButton(key);
            announce(`Acknowledgement recorded: ${duty(breach.rule)}, ${subjectText(breach)}.`);
            refreshSoon();
        } catch (refused) {
            submit.disabled = false;
            showProblem(refused, controls, problemBox);
        }
    }

    function showProblem(refused, controls, box) {
        const problem = refused.problem || {};
        const errors = Array.isArray(problem.errors) && problem.errors.length > 1 ? problem.errors : [];
        replaceChildren(box,
            el('p', {class: 'problem-title'}, 'Not recorded', refused.status ? ` (${refused.status})` : '', ': ', refused.message),
            errors.length ? el('ul', {}, errors.map(error => el('li', {}, `${error.field}: ${error.message}`))) : null);
        box.hidden = false;
        const blamed = controls[problem.field];
        if (blamed) {
            blamed.setAttribute('aria-invalid', 'true');
            blamed.setAttribute('aria-describedby', [blamed.getAttribute('aria-describedby'), box.id].filter(Boolean).join(' '));
            blamed.focus();
        }
    }

    function rememberedName() {
        try {
            return localStorage.getItem(NAME_STORE) || '';
        } catch (storageOff) {
            return '';
        }
    }

    function rememberName(name) {
        try {
            localStorage.setItem(NAME_STORE, name);
        } catch (storageOff) {
            // The name is typed again next time.
        }
    }

    // ---- start -------------------------------------------------------------------------------------

    function renderFilters() {
        const ruleSelect = $('rule');
        const chosen = ruleFilter || ruleSelect.value;
        const rules = [...state.rules.entries()];
        if (chosen && !state.rules.has(chosen)) {
            rules.push([chosen, chosen]);
        }
        replaceChildren(ruleSelect, el('option', {value: ''}, 'Every duty'),
            rules.map(([id, obligation]) => el('option', {value: id}, obligation)));
        ruleSelect.value = chosen;
        replaceChildren($('workers'), [...state.workers].sort().map(worker => el('option', {value: worker})));
    }

    async function start() {
        $('team').value = team;
        $('filter-team').value = team;
        $('worker').value = workerFilter;
        $('team-title').textContent = team ? 'team ' + team : 'all teams';
        document.title = (team ? `Team ${team}` : 'All teams') + ' — breaches — case-practice compliance monitor';
        renderFilters();
        // The register first, and on its own: neither the duties' names nor the live feed hold it up.
        const registerRead = refresh().then(renderFilters);
        MonitorPage.rules().then(rules => {
            state.rules = rules;
            renderFilters();
            render();
        }, showLoadProblem);
        connect();
        await registerRead;
        setInterval(refresh, REFRESH_EVERY_MS);
    }

    start();
})();
