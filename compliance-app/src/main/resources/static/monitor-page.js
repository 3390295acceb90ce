'use strict';

/*
 * Helpers shared by manager.html and history.html. Everything taken from the API reaches the page
 * through text nodes (el() and textContent), never innerHTML: notes and ids are typed by people.
 */
const MonitorPage = (() => {

    /**
     * el('td', {class: 'num', 'data-key': key}, 'text', childNode, [more...]) — attributes are set
     * with setAttribute (booleans: present or absent), handlers with on<event>, children as text.
     */
    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes || {})) {
            if (value === null || value === undefined || value === false) {
                continue;
            }
            if (name.startsWith('on') && typeof value === 'function') {
                node.addEventListener(name.substring(2), value);
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        }
        append(node, children);
        return node;
    }

    function append(node, children) {
        for (const child of children) {
            if (child === null || child === undefined || child === false) {
                continue;
            }
            if (Array.isArray(child)) {
                append(node, child);
            } else if (child instanceof Node) {
                node.appendChild(child);
            } else {
                node.appendChild(document.createTextNode(String(child)));
            }
        }
    }

    function replaceChildren(node, ...children) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        append(node, children);
    }

    /** A refused request: the RFC 9457 problem the API answered, or one made up for a network failure. */
    class Problem extends Error {
        constructor(status, problem) {
            super(describe(problem));
            this.status = status;
            this.problem = problem;
        }
    }

    function describe(problem) {
        if (!problem) {
            return 'The monitor did not answer.';
        }
        return problem.detail || problem.title || ('HTTP ' + problem.status);
    }

    async function request(url, options) {
        let response;
        try {
            response = await fetch(url, Object.assign({headers: {'Accept': 'application/json'}}, options));
        } catch (networkFailure) {
            throw new Problem(0, {title: 'The monitor could not be reached', detail: 'The monitor could not be reached: '
                    + networkFailure.message});
        }
        const text = await response.text();
        let body = null;
        try {
            body = text ? JSON.parse(text) : null;
        } catch (notJson) {
            body = {title: 'HTTP ' + response.status, status: response.status};
        }
        if (!response.ok) {
            throw new Problem(response.status, body || {title: 'HTTP ' + response.status, status: response.status});
        }
        return body;
    }

    function getJson(url) {
        return request(url);
    }

    function postJson(url, body) {
        return request(url, {
            method: 'POST',
            headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
            body: JSON.stringify(body)
        });
    }

    /** Rule id → the duty it states, e.g. icpc → "Initial child protection conference held". */
    async function rules() {
        const list = await getJson('/api/rules');
        return new Map(list.map(rule => [rule.id, rule.obligation]));
    }

    const DATE = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    const DATE_TIME = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric',
        hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London'});

    /** 2024-01-23 → "23 Jan 2024" */
    function date(isoDate) {
        return isoDate ? DATE.format(new Date(isoDate + 'T00:00:00Z')) : '';
    }

    /** An instant, in English time. */
    function dateTime(isoInstant) {
        return isoInstant ? DATE_TIME.format(new Date(isoInstant)) : '';
    }

    function daysBetween(fromIsoDate, toIsoDate) {
        return Math.round((Date.parse(toIsoDate + 'T00:00:00Z') - Date.parse(fromIsoDate + 'T00:00:00Z')) / 86400000);
    }

    /** StrategyDiscussionHeld → "Strategy discussion held"; section47Initiated → "Section 47 initiated"; MET_LATE → "Met late". */
    function words(name) {
        if (!name) {
            return '';
        }
        const spaced = name.includes('_') ? name.toLowerCase().replace(/_/g, ' ')
                : name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([a-z])([0-9])/g, '$1 $2').toLowerCase();
        return spaced.charAt(0).toUpperCase() + spaced.substring(1);
    }

    /** The child or carer, linked to their history page. */
    function subjectLink(subjectKind, subjectId) {
        const carer = subjectKind === 'FOSTER_CARER';
        const href = 'history.html?' + new URLSearchParams({[carer ? 'carer' : 'child']: subjectId});
        return el('a', {href: href, class: 'subject'}, carer ? 'Carer ' : 'Child ', subjectId);
    }

    /** A manager's acknowledgement of a breach: who and when, the note, the planned action. */
    function acknowledgement(ack) {
        if (!ack) {
            return el('span', {class: 'none'}, 'Not acknowledged');
        }
        return el('div', {class: 'ack'},
            el('p', {class: 'ack-by'}, 'By ', el('strong', {}, ack.by), ack.at ? ' · ' + dateTime(ack.at) : ' · just now'),
            el('p', {class: 'ack-note'}, ack.note),
            ack.plannedAction ? el('p', {class: 'ack-plan'}, el('span', {class: 'label'}, 'Planned: '), ack.plannedAction) : null);
    }

    return {el, replaceChildren, Problem, describe, getJson, postJson, rules, date, dateTime, daysBetween, words,
            subjectLink, acknowledgement};
})();
