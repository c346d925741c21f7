/*
 * The library's rich-text editor (PrimeFaces' textEditor, on Quill): gives the editing area the
 * name of its label, and lets the "Image" button insert one of the item's own files with its text
 * alternative, instead of Quill's default, which embeds the picture itself in the text (the
 * server removes such images: they must be files of the library).
 */
(function () {
    /** Names every editing box after its label, as soon as the page is there. */
    function label() {
        document.querySelectorAll('.ui-texteditor[role="textbox"], [role="textbox"][id]').forEach(function (box) {
            var labelElement = document.querySelector('label[for="' + box.id + '"]');
            if (labelElement && labelElement.id) {
                box.setAttribute('aria-labelledby', labelElement.id);
            }
        });
    }

    function setUp(attempt) {
        var widget = window.PF && PF.widgets && PF.widgets.bodyEditor;
        if (!widget || !widget.editor) {
            if (attempt < 100) {
                setTimeout(function () { setUp(attempt + 1); }, 50);
            }
            return;
        }
        var quill = widget.editor;
        var box = widget.jq && widget.jq[0];
        var label = box && document.querySelector('label[for="' + box.id + '"]');
        var labelId = box && (box.getAttribute('data-label') || (label && label.id));
        if (labelId) {
            box.setAttribute('aria-labelledby', labelId);
            quill.root.setAttribute('aria-labelledby', labelId);
        }
        quill.root.setAttribute('aria-multiline', 'true');
        quill.getModule('toolbar').addHandler('image', function () {
            var address = window.prompt('Address of the image, as the item\'s file list shows it (/library/files/…)');
            if (!address) {
                return;
            }
            var alt = window.prompt('Text alternative: what the image shows, for people who cannot see it');
            var at = quill.getSelection(true).index;
            quill.insertEmbed(at, 'image', address.trim(), 'user');
            if (alt) {
                quill.formatText(at, 1, { alt: alt.trim() }, 'user');
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { label(); setUp(0); });
    } else {
        label();
        setUp(0);
    }
}());
