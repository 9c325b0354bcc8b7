/*
 * Socle's own scripts, served from Socle: the Content-Security-Policy runs no inline script but the nonce'd ones
 * PrimeFaces writes, so the pages say what they need with attributes and call these functions.
 */
(function () {
    'use strict';

    // A button with data-confirm="question" asks before it acts: cancelled, nothing is sent.
    document.addEventListener('click', function (event) {
        var target = event.target && event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (target && !window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    window.Socle = {
        /** Moves the keyboard focus to an element (a heading, made focusable) after an AJAX update. */
        focus: function (id) {
            var element = document.getElementById(id);
            if (element) {
                if (!element.hasAttribute('tabindex')) {
                    element.setAttribute('tabindex', '-1');
                }
                element.focus();
            }
        }
    };
}());
