'use strict';

/*
 * One child's or foster carer's record for an auditor or manager (GET /api/.../history): the
 * timeline with each event's effects, and the compliance picture as it happened beside the
 * picture that could be known at the chosen moment.
 */
(() => {
    const {el, replaceChildren, getJson, date, dateTime, words, acknowledgement} = MonitorPage;

    const EFFECTS = {
        OBLIGATION_OPENED: 'Opened',
        BREACH_RAISED: 'Breach raised',
        MET_ON_TIME: 'Met on time',
        MET_LATE: 'Met late',
        MISSED: 'Missed',
        CANCELLED: 'No longer owed',
        PRE_MONITORING: 'Before monitoring began (not judged)',
        ACKNOWLEDGED: 'Breach acknowledged'
    };
    const STATES = ['OVERDUE', 'MISSED', 'MET_LATE', 'DUE', 'MET_ON_TIME', 'CANCELLED', 'PRE_MONITORING'];
    const COMMON_FIELDS = new Set(['type', 'childId', 'carerId', 'eventId', 'occurredAt', 'recordedAt', 'recordedBy']);

    const $ = id => document.getElementById(id);
    const parameters = new URLSearchParams(location.search);
    const kind = parameters.get('carer') ? 'carer' : 'child';
    const subjectId = (parameters.get(kind) || '').trim();
    const asOf = (parameters.get('asOf') || '').trim();
    const knownAt = (parameters.get('knownAt') || '').trim();
    let rules = new Map();

    const duty = ruleId => rules.get(ruleId) || ruleId;
    const subjectName = (kind === 'carer' ? 'foster carer ' : 'child ') + subjectId;

    function prepareForm() {
        $('kind').value = kind;
        $('subject').value = subjectId;
        $('asOf').value = asOf;
        $('knownAt').value = knownAt;
        $('view-form').addEventListener('submit', event => {
            event.preventDefault();
            const search = new URLSearchParams();
            search.set($('kind').value, $('subject').value.trim());
            [['asOf', $('asOf').value], ['knownAt', $('knownAt').value]].forEach(([name, value]) => {
                if (value.trim()) {
                    search.set(name, value.trim());
                }
            });
            location.assign('history.html?' + search);
        });
    }

    async function start() {
        prepareForm();
        if (!subjectId) {
            $('subject').focus();
            return;
        }
        $('title').textContent = 'History of ' + subjectName;
        document.title = `History of ${subjectName} — case-practice compliance monitor`;
        const path = (kind === 'carer' ? '/api/foster-carers/' : '/api/children/') + encodeURIComponent(subjectId)
                + '/history';
        const search = new URLSearchParams();
        if (asOf) {
            search.set('asOf', asOf);
        }
        if (knownAt) {
            search.set('knownAt', knownAt);
        }
        try {
            const query = search.toString();
            const [ruleMap, history] = await Promise.all([MonitorPage.rules(), getJson(path + (query ? '?' + query : ''))]);
            rules = ruleMap;
            render(history);
        } catch (problem) {
            replaceChildren($('problem'), problem.message);
            $('problem').hidden = false;
        }
    }

    function render(history) {
        const team = history.asHappened.teamId;
        if (team) {
            $('back').href = 'manager.html?' + new URLSearchParams({team: team});
            $('back').textContent = `Breaches for team ${team}`;
        }
        $('as-of-date').textContent = date(history.asOf);
        replaceChildren($('as-happened'), picture('As it happened',
            `Everything that had happened by ${date(history.asOf)}, however late it was recorded.`, history.asHappened));
        replaceChildren($('as-known'), picture('As it could be known',
            `Only what had been recorded by ${dateTime(history.knownAt)}.`, history.asKnown));
        replaceChildren($('differences'), differences(history.differences));
        $('pictures-section').hidden = false;

        const showKnown = Boolean(knownAt);
        $('known-column').hidden = !showKnown;
        replaceChildren($('timeline').tBodies[0], history.timeline.map(entry => timelineRow(entry, showKnown)));
        $('timeline-section').hidden = false;

        replaceChildren($('register').tBodies[0], history.breachRegister.map(registerRow));
        $('register-section').hidden = history.breachRegister.length === 0;
    }

    function picture(title, explanation, view) {
        const counted = STATES.filter(state => view.summary[state]);
        return [
            el('h3', {}, title),
            el('p', {class: 'hint'}, explanation),
            el('dl', {},
                el('dt', {}, 'Events counted'), el('dd', {}, String(view.eventsConsidered)),
                el('dt', {}, 'Team'), el('dd', {class: view.teamId ? '' : 'none'}, view.teamId || 'None recorded'),
                el('dt', {}, 'Worker'), el('dd', {class: view.workerId ? '' : 'none'}, view.workerId || 'Unallocated')),
            counted.length === 0 ? el('p', {class: 'empty'}, 'No duties owed.') :
                el('table', {class: 'data'},
                    el('caption', {class: 'visually-hidden'}, `${title}: duties by standing`),
                    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Standing'), el('th', {scope: 'col', class: 'num'}, 'Duties'))),
                    el('tbody', {}, counted.map(state => el('tr', {},
                        el('th', {scope: 'row'}, words(state)), el('td', {class: 'num'}, String(view.summary[state])))))),
            view.breaches.length === 0 ? el('p', {}, 'No breaches.') :
                el('div', {},
                    el('h4', {}, 'Breaches'),
                    el('ul', {class: 'effects'}, view.breaches.map(breach => el('li', {},
                        el('strong', {}, duty(breach.rule)), ` — due ${date(breach.dueOn)}, `,
                        `${breach.daysLate} ${breach.daysLate === 1 ? 'day' : 'days'} late (${words(breach.state).toLowerCase()})`))))
        ];
    }

    function differences(list) {
        if (list.length === 0) {
            return el('p', {}, 'None: everything that had happened by then had been recorded by then.');
        }
        return el('table', {class: 'data'},
            el('thead', {}, el('tr', {},
                el('th', {scope: 'col'}, 'Duty'), el('th', {scope: 'col'}, 'Due'),
                el('th', {scope: 'col'}, 'As it happened'), el('th', {scope: 'col'}, 'As it could be known'))),
            el('tbody', {}, list.map(difference => el('tr', {},
                el('th', {scope: 'row'}, duty(difference.rule), el('span', {class: 'rule-id'}, difference.obligationKey)),
                el('td', {class: 'date'}, date(difference.dueOn)),
                el('td', {}, difference.asHappened ? words(difference.asHappened) : 'Not owed'),
                el('td', {}, difference.asKnown ? words(difference.asKnown) : 'Not known')))));
    }

    function timelineRow(entry, showKnown) {
        const deadline = entry.sequence === null;
        const classes = ['entry', deadline ? 'deadline' : '', entry.knownAtTheTime ? '' : 'unknown-then'].join(' ').trim();
        const after = entry.recordedAfterWorkingDays;
        return el('tr', {class: classes, 'data-type': entry.type},
            el('th', {scope: 'row', class: 'date'}, date(entry.occurredAt)),
            el('td', {}, deadline ? 'Deadline passed' : words(entry.type), eventFields(entry.event)),
            el('td', {class: entry.recordedBy ? '' : 'none'}, entry.recordedBy || '—'),
            el('td', {class: 'date'}, entry.recordedAt ? dateTime(entry.recordedAt) : '—'),
            el('td', {class: 'num'}, after === null ? '—' : `${after} working ${after === 1 ? 'day' : 'days'}`),
            el('td', {hidden: !showKnown}, deadline ? '—' : entry.knownAtTheTime ? 'Yes' : 'No: recorded later'),
            el('td', {}, entry.effects.length === 0 ? null : el('ul', {class: 'effects'}, entry.effects.map(effect =>
                el('li', {class: 'effect-' + effect.effect},
                    `${EFFECTS[effect.effect] || words(effect.effect)}: ${duty(effect.rule)}`,
                    effect.dueOn ? ` (due ${date(effect.dueOn)})` : '')))));
    }

    /** The event's own fields, e.g. "Section47 initiated: yes", beneath its name. */
    function eventFields(event) {
        if (!event) {
            return null;
        }
        const shown = Object.entries(event)
            .filter(([name, value]) => !COMMON_FIELDS.has(name) && value !== null && value !== '')
            .map(([name, value]) => `${words(name)}: ${value === true ? 'yes' : value === false ? 'no' : value}`);
        return shown.length ? el('span', {class: 'fields'}, shown.join(' · ')) : null;
    }

    function registerRow(breach) {
        const raised = {DEADLINE_PASSED: 'Deadline passed', LATE_EVENT: 'Late-recorded event'}[breach.raisedBy] || breach.raisedBy;
        return el('tr', {'data-key': breach.obligationKey},
            el('th', {scope: 'row'}, duty(breach.ruleId), el('span', {class: 'rule-id'}, breach.obligationKey)),
            el('td', {class: 'date'}, date(breach.dueOn)),
            el('td', {}, words(breach.status)),
            el('td', {}, raised, el('span', {class: 'when'}, dateTime(breach.raisedAt))),
            el('td', {class: 'date'}, breach.resolvedOn ? date(breach.resolvedOn) : '—'),
            el('td', {}, acknowledgement(breach.acknowledgement)));
    }

    start();
})();
