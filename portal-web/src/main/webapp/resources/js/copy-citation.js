/*
 * "Copy" buttons next to citations: each names the element holding its citation in
 * data-copy; the button says "Copied" for a moment, which a screen reader hears through the
 * page's status region.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (!button || !navigator.clipboard) {
        return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        var status = document.getElementById('copy-status');
        if (status) {
            status.textContent = 'Citation copied.';
        }
    });
});
