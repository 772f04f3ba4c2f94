/*
 * The only script of ANTT's pages (the Content-Security-Policy allows no inline script):
 * behaviour is declared with data-* attributes.
 */
(function () {
    'use strict';

    document.documentElement.classList.add('js');

    // data-confirm="question": ask before a destructive action is submitted; a button's own question (a form with
    // two outcomes, e.g. "Đạt" and "Không đạt") comes before its form's. A form on its way is not sent twice:
    // its buttons are disabled once the browser has taken what it sends (a double click would otherwise end on
    // "someone else updated it").
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var submitter = event.submitter;
        var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            event.preventDefault();
            return;
        }
        if (form.method.toLowerCase() === 'post') {
            window.setTimeout(function () {
                form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (button) {
                    button.disabled = true;
                });
            }, 0);
        }
    });

    // The error summary names each field by its label, and its links lead to the field.
    document.querySelectorAll('[data-error-field]').forEach(function (link) {
        var label = document.querySelector('label[for="' + link.getAttribute('data-error-field') + '"]');
        if (label) {
            link.textContent = label.textContent.trim() + ': ' + link.textContent;
        }
    });

    // data-back: a link back to the previous page, where the browser keeps what the user typed.
    document.querySelectorAll('[data-back]').forEach(function (link) {
        link.addEventListener('click', function (event) {
            event.preventDefault();
            history.back();
        });
    });

    // data-select-all="name": a checkbox that checks or unchecks every checkbox of that name.
    document.querySelectorAll('[data-select-all]').forEach(function (all) {
        all.addEventListener('change', function () {
            document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-select-all') + '"]')
                .forEach(function (box) { box.checked = all.checked; });
        });
    });

    // data-file-picker: the chosen file's name next to the "Chọn tệp…" button (the input itself is out of sight).
    document.querySelectorAll('[data-file-picker]').forEach(function (picker) {
        var input = picker.querySelector('input[type=file]');
        var name = picker.querySelector('[data-file-name]');
        input.addEventListener('change', function () {
            name.textContent = input.files.length ? input.files[0].name : name.getAttribute('data-empty');
            name.classList.toggle('text-body-secondary', !input.files.length);
            name.classList.toggle('fw-semibold', input.files.length > 0);
        });
    });

    // data-autosubmit: a select that applies its choice at once (the year selector).
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
        select.addEventListener('change', function () {
            select.form.submit();
        });
    });

    // While a page with a form to fill in is open, keep the session alive so that a long form is never lost to the
    // 60-minute idle timeout. Small action forms (with data-confirm) and the login form do not count.
    var keepAliveUrl = document.body.getAttribute('data-keep-alive');
    var editing = document.querySelector('main form[method="post"]:not([data-confirm]):not([data-no-keepalive])');
    if (keepAliveUrl && editing) {
        window.setInterval(function () {
            fetch(keepAliveUrl, {credentials: 'same-origin', cache: 'no-store'});
        }, 10 * 60 * 1000);
    }

    // Drafts: what is typed into a form to fill in is kept in the tab's sessionStorage, keyed by the path the form
    // is sent to, so that a session that ends never loses it. After a new login the server leads back to the form's
    // page with data-restore-drafts on the body: the draft is put back, with a notice and a way to discard it, and
    // the user chooses to send it. Any other page forgets the drafts of forms it does not show (the send succeeded,
    // or the user left), and a form shown again by the server (e.g. with its errors) starts its draft afresh. The
    // login page keeps every draft. Drafts belong to the user who typed them: another user logging in on the same tab
    // never sees them.
    var DRAFT = 'antt.draft:';
    var draftOwner = DRAFT + (document.body.getAttribute('data-draft-owner') || '') + ':';
    var draftForms = Array.prototype.slice.call(
        document.querySelectorAll('main form[method="post"]:not([data-confirm]):not([data-login])'));

    function draftKey(form) {
        return draftOwner + new URL(form.action, window.location.href).pathname;
    }

    function draftFields(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            var type = (field.type || '').toLowerCase();
            return field.name && field.name.charAt(0) !== '_' && !field.disabled
                && ['password', 'file', 'submit', 'button', 'reset', 'image'].indexOf(type) < 0
                && (type !== 'hidden' || field.name === 'version');
        });
    }

    function readDraft(form) {
        return draftFields(form).map(function (field) {
            var type = (field.type || '').toLowerCase();
            if (type === 'checkbox' || type === 'radio') {
                return field.checked;
            }
            if (field.multiple) {
                return Array.prototype.filter.call(field.options, function (option) { return option.selected; })
                    .map(function (option) { return option.value; });
            }
            return field.value;
        });
    }

    function writeDraft(form, values) {
        draftFields(form).forEach(function (field, index) {
            var value = values[index];
            if (value === undefined) {
                return;
            }
            if (typeof value === 'boolean') {
                field.checked = value;
            }
            else if (Array.isArray(value)) {
                Array.prototype.forEach.call(field.options, function (option) {
                    option.selected = value.indexOf(option.value) >= 0;
                });
            }
            else {
                field.value = value;
            }
        });
    }

    function saveDraft(form) {
        try {
            sessionStorage.setItem(draftKey(form), JSON.stringify(readDraft(form)));
        }
        catch (full) {
            // storage full or disabled: the form works as before, without a draft
        }
    }

    if (!document.querySelector('form[data-login]')) {
        var shown = draftForms.map(draftKey);
        var restore = document.body.hasAttribute('data-restore-drafts');
        Object.keys(sessionStorage).filter(function (key) {
            return key.indexOf(DRAFT) === 0 && shown.indexOf(key) < 0;
        }).forEach(function (key) { sessionStorage.removeItem(key); });
        draftForms.forEach(function (form) {
            var stored = sessionStorage.getItem(draftKey(form));
            var values = stored === null ? null : JSON.parse(stored);
            var current = readDraft(form);
            if (restore && values && values.length === current.length
                    && JSON.stringify(values) !== JSON.stringify(current)) {
                writeDraft(form, values);
                var template = document.getElementById('draft-restored');
                var notice = template.content.firstElementChild.cloneNode(true);
                notice.querySelector('[data-draft-discard]').addEventListener('click', function () {
                    writeDraft(form, current);
                    saveDraft(form);
                    notice.remove();
                });
                form.parentNode.insertBefore(notice, form);
            }
            else {
                saveDraft(form);
            }
        });
        ['input', 'change'].forEach(function (kind) {
            document.addEventListener(kind, function (event) {
                var form = event.target.form;
                if (form && draftForms.indexOf(form) >= 0) {
                    saveDraft(form);
                }
            });
        });
    }

    // data-progress-url: a running import; follow its progress, then show its result.
    var progress = document.querySelector('[data-progress-url]');
    if (progress) {
        var bar = progress.querySelector('.progress-bar');
        var text = progress.querySelector('[data-progress-text]');
        var poll = window.setInterval(function () {
            fetch(progress.getAttribute('data-progress-url'), {credentials: 'same-origin', cache: 'no-store'})
                .then(function (response) { return response.json(); })
                .then(function (state) {
                    var percent = state.total > 0 ? Math.round(100 * state.done / state.total) : 0;
                    bar.style.width = percent + '%';
                    text.textContent = state.done + ' / ' + state.total;
                    if (state.status !== 'RUNNING') {
                        window.clearInterval(poll);
                        window.location.reload();
                    }
                });
        }, 1000);
    }
}());
