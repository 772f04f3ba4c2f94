/*
 * The only script of ANTT's pages (the Content-Security-Policy allows no inline script):
 * behaviour is declared with data-* attributes.
 */
(function () {
    'use strict';

    document.documentElement.classList.add('js');

    // data-confirm="question": ask before a destructive action is submitted. A form on its way is not sent twice:
    // its buttons are disabled once the browser has taken what it sends (a double click would otherwise end on
    // "someone else updated it").
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var question = form.getAttribute('data-confirm');
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
