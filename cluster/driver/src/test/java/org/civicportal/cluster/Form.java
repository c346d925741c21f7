package org.civicportal.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A form of a page, filled in as the page drew it (hidden fields, the view state, text, the ticked
 * boxes, the chosen options), to be changed and sent with one of its buttons, as a browser sends
 * it. Reading the fields from the page, rather than naming them here, keeps the driver working
 * when a form gains a field.
 */
final class Form {

    private final URI action;
    private final URI page;
    private final List<Map.Entry<String, String>> fields;
    private final Map<String, String> buttons;

    private Form(URI action, URI page, List<Map.Entry<String, String>> fields, Map<String, String> buttons) {
        this.action = action;
        this.page = page;
        this.fields = fields;
        this.buttons = buttons;
    }

    static Form of(Page page, String id) {
        Element form = page.document().getElementById(id);
        if (form == null || !form.nameIs("form")) {
            throw new AssertionError("no form \"" + id + "\" on " + page.summary());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Map<String, String> buttons = new LinkedHashMap<>();
        for (Element control : form.select("input, select, textarea, button")) {
            String name = control.attr("name");
            if (name.isEmpty() || control.hasAttr("disabled")) {
                continue;
            }
            String type = control.attr("type").toLowerCase();
            if (control.nameIs("button") || type.equals("submit") || type.equals("image")) {
                buttons.put(name, control.attr("value")); // sent only when it is the one pressed
            } else if (control.nameIs("select")) {
                List<Element> chosen = control.select("option[selected]");
                if (chosen.isEmpty() && !control.hasAttr("multiple") && !control.select("option").isEmpty()) {
                    chosen = List.of(control.selectFirst("option"));
                }
                chosen.forEach(option -> fields.add(Map.entry(name, option.hasAttr("value") ? option.attr("value") : option.text())));
            } else if (control.nameIs("textarea")) {
                fields.add(Map.entry(name, control.wholeText()));
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (control.hasAttr("checked")) {
                    fields.add(Map.entry(name, control.hasAttr("value") ? control.attr("value") : "on"));
                }
            } else if (!type.equals("button") && !type.equals("reset") && !type.equals("file")) {
                fields.add(Map.entry(name, control.attr("value")));
            }
        }
        String action = form.attr("action");
        return new Form(action.isEmpty() ? page.uri() : page.uri().resolve(action), page.uri(), fields, buttons);
    }

    /** Sets a field's value (replacing every value it had). */
    Form set(String name, String value) {
        if (fields.stream().noneMatch(field -> field.getKey().equals(name))) {
            throw new AssertionError("the form has no field " + name + "; it has " + names());
        }
        fields.removeIf(field -> field.getKey().equals(name));
        fields.add(Map.entry(name, value));
        return this;
    }

    /** Unticks one box of a group (or takes one option out of a list). */
    Form untick(String name, String value) {
        if (!fields.remove(Map.entry(name, value))) {
            throw new AssertionError("the form's " + name + " does not have " + value + " ticked; it sends " + fields);
        }
        return this;
    }

    /** The values the form sends for this field. */
    List<String> values(String name) {
        return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    boolean hasButton(String name) {
        return buttons.containsKey(name);
    }

    /** The address the form is sent to, as the browser names it. */
    URI action() {
        return action;
    }

    /** The page the form is on: the browser's Referer. */
    URI page() {
        return page;
    }

    /** The body a browser sends when the button is pressed. */
    String bodyPressing(String button) {
        if (!buttons.containsKey(button)) {
            throw new AssertionError("the form has no button " + button + "; it has " + buttons.keySet());
        }
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        sent.add(Map.entry(button, buttons.get(button)));
        return sent.stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue())).collect(Collectors.joining("&"));
    }

    private String names() {
        return fields.stream().map(Map.Entry::getKey).distinct().toList().toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
