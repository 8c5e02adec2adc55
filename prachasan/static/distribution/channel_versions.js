/* The news editor's channels panel: ticks open each channel's version, the SMS count
   and every preview follow the officer's typing, and on a new item the ticks follow the
   news kind until the officer sets them by hand.

   smsSegments() and the default texts mirror prachasan/distribution/sms.py and
   versions.py (version_defaults): the server recomputes both when the item is saved and
   sent, this only shows the officer what will happen. */
(function () {
    "use strict";

    function smsSegments(text, gsm7, extension) {
        var chars = Array.from(text);
        var gsm = chars.every(function (ch) {
            return gsm7.has(ch) || extension.has(ch);
        });
        var units = chars.map(function (ch) {
            if (gsm) {
                return extension.has(ch) ? 2 : 1;
            }
            // UTF-16: a character outside the BMP takes two units.
            return ch.codePointAt(0) > 0xffff ? 2 : 1;
        });
        var single = gsm ? 160 : 70;
        var perPart = gsm ? 153 : 67;
        var total = units.reduce(function (sum, size) {
            return sum + size;
        }, 0);
        var encoding = gsm ? "gsm7" : "ucs2";
        if (total === 0) {
            return { parts: 0, encoding: encoding, chars: 0 };
        }
        if (total <= single) {
            return { parts: 1, encoding: encoding, chars: chars.length };
        }
        var parts = 1;
        var used = 0;
        units.forEach(function (size) {
            // A two-unit character is never split across parts.
            if (used + size > perPart) {
                parts += 1;
                used = 0;
            }
            used += size;
        });
        return { parts: parts, encoding: encoding, chars: chars.length };
    }

    var MARK = /\p{M}/u;
    var ELLIPSIS = "...";

    function smsDefaultText(title, link, maxSegments, count) {
        title = title.split(/\s+/).filter(Boolean).join(" ");
        function joined(head) {
            return head ? (head + " " + link).trim() : link;
        }
        var text = joined(title);
        if (count(text).parts <= maxSegments) {
            return text;
        }
        var chars = Array.from(title);
        for (var length = chars.length - 1; length > 0; length -= 1) {
            var cut = length;
            while (cut > 0 && cut < chars.length && MARK.test(chars[cut])) {
                cut -= 1;
            }
            var head = chars.slice(0, cut).join("").replace(/\s+$/, "");
            if (head) {
                text = joined(head + ELLIPSIS);
                if (count(text).parts <= maxSegments) {
                    return text;
                }
            }
        }
        return link;
    }

    function versionDefaults(kind, page, maxSegments, count) {
        var title = page.title.trim();
        var lead = page.lead.trim();
        var link = page.link;
        var leadAndLink = [lead, link].filter(Boolean).join("\n\n");
        if (kind === "sms") {
            return { subject: "", text: smsDefaultText(title, link, maxSegments, count) };
        }
        if (kind === "line") {
            return { subject: "", text: lead || title };
        }
        if (kind === "facebook") {
            return { subject: "", text: leadAndLink };
        }
        if (kind === "press_release") {
            return { subject: title, text: lead };
        }
        return { subject: title, text: leadAndLink };
    }

    function format(template, values) {
        return template.replace(/%\((\w+)\)s/g, function (_, key) {
            return String(values[key]);
        });
    }

    function setup(root) {
        var config = JSON.parse(document.getElementById(root.dataset.config).textContent);
        var gsm7 = new Set(Array.from(config.gsm7));
        var extension = new Set(Array.from(config.gsm7Extension));
        var count = function (text) {
            return smsSegments(text, gsm7, extension);
        };
        var form = root.closest("form") || document;
        var titleInput = form.querySelector("[name=title]");
        var leadInput = form.querySelector("[name=lead]");
        var slugInput = form.querySelector("[name=slug]");
        var kindInput = form.querySelector("select[name=kind]");
        var ticksTouched = false;

        function pageNow() {
            var link = config.page.link;
            if (!link && config.page.parentLink && slugInput && slugInput.value.trim()) {
                link = config.page.parentLink + slugInput.value.trim() + "/";
            }
            return {
                title: titleInput ? titleInput.value : config.page.title,
                lead: leadInput ? leadInput.value : "",
                link: link || "",
            };
        }

        function refresh(section) {
            var channel = config.channels[section.dataset.channel];
            var page = pageNow();
            var defaults = versionDefaults(channel.kind, page, channel.maxSegments, count);
            var textInput = section.querySelector("[data-role=text]");
            var subjectInput = section.querySelector("[data-role=subject]");
            var text = textInput ? textInput.value || defaults.text : defaults.text;
            var subject = subjectInput ? subjectInput.value || defaults.subject : "";
            if (textInput) {
                textInput.placeholder = defaults.text;
            }
            if (subjectInput) {
                subjectInput.placeholder = defaults.subject;
            }
            section.querySelectorAll("[data-preview=text]").forEach(function (node) {
                node.textContent = text;
            });
            section.querySelectorAll("[data-preview=subject]").forEach(function (node) {
                node.textContent = subject;
            });
            section.querySelectorAll("[data-preview=title]").forEach(function (node) {
                node.textContent = page.title;
            });
            var countNode = section.querySelector("[data-role=count]");
            if (countNode) {
                var result = count(text.replace(/\r\n/g, "\n"));
                var line = format(config.labels.count, {
                    chars: result.chars,
                    parts: result.parts,
                    encoding: result.encoding === "gsm7" ? "GSM-7" : "UCS-2",
                });
                var over = result.parts > channel.maxSegments;
                if (over) {
                    line += " · " + format(config.labels.over, { limit: channel.maxSegments });
                }
                countNode.textContent = line;
                countNode.dataset.parts = String(result.parts);
                countNode.dataset.encoding = result.encoding;
                countNode.classList.toggle("channel-version__count--over", over);
            }
            var select = section.querySelector("[data-role=image]");
            if (select) {
                var option = select.options[select.selectedIndex];
                var url = option && option.dataset.url ? option.dataset.url : "";
                section.querySelectorAll("[data-preview=image]").forEach(function (img) {
                    if (url) {
                        img.src = url;
                        img.hidden = false;
                    } else {
                        img.removeAttribute("src");
                        img.hidden = true;
                    }
                });
            }
        }

        function showBody(section) {
            var send = section.querySelector("[data-role=send]");
            var resend = section.querySelector("[data-role=resend]");
            var open = send.checked || (resend !== null && resend.checked);
            section.querySelector("[data-role=body]").hidden = !open;
        }

        var sections = Array.from(root.querySelectorAll("[data-channel]"));
        function refreshAll() {
            sections.forEach(refresh);
        }

        sections.forEach(function (section) {
            section.addEventListener("input", function () {
                refresh(section);
            });
            section.addEventListener("change", function (event) {
                if (event.target.dataset.role === "send") {
                    ticksTouched = true;
                }
                showBody(section);
                refresh(section);
            });
        });
        [titleInput, leadInput, slugInput].forEach(function (input) {
            if (input) {
                input.addEventListener("input", refreshAll);
                input.addEventListener("change", refreshAll);
            }
        });
        if (kindInput && config.page.isNew) {
            kindInput.addEventListener("change", function () {
                if (ticksTouched) {
                    return;
                }
                sections.forEach(function (section) {
                    var channel = config.channels[section.dataset.channel];
                    var send = section.querySelector("[data-role=send]");
                    send.checked = channel.defaultKinds.indexOf(kindInput.value) !== -1;
                    showBody(section);
                });
            });
        }
        refreshAll();
        // For the browser tests: the counter the page uses.
        window.prachasanSmsCount = count;
    }

    function init() {
        document.querySelectorAll("[data-channel-versions]").forEach(function (root) {
            if (!root.dataset.ready) {
                root.dataset.ready = "1";
                setup(root);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
