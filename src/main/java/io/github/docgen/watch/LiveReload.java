package io.github.docgen.watch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The script that makes a served HTML page reload itself after a rebuild, and shows the build's
 * errors over the page while the last good document stays underneath. It is added to pages as they
 * are served, never to the files in {@code target/docgen}.
 */
final class LiveReload {
    static final String VERSION_PATH = "/__docgen/version";
    static final String SCRIPT = """
            <script>/* docgen watch: live reload, added when served (not in the file) */
            (function () {
              var seen = null;
              function show(errors) {
                var box = document.getElementById('docgen-watch-errors');
                if (!errors.length) { if (box) box.remove(); return; }
                if (!box) {
                  box = document.createElement('pre');
                  box.id = 'docgen-watch-errors';
                  box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:40%;overflow:auto;margin:0;padding:1em;'
                    + 'background:#fff4f4;color:#900;border-top:3px solid #900;font:13px monospace;white-space:pre-wrap;z-index:99999';
                  document.body.appendChild(box);
                }
                box.textContent = 'The last save did not build; this is the last good document.\\n\\n' + errors.join('\\n');
              }
              function poll() {
                fetch('VERSION_PATH', {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (s) {
                  if (seen !== null && s.build !== seen && !s.errors.length) { location.reload(); return; }
                  seen = s.build;
                  show(s.errors);
                }).catch(function () {}).finally(function () { setTimeout(poll, 500); });
              }
              poll();
            })();
            </script>
            """.replace("VERSION_PATH", VERSION_PATH);

    private LiveReload() {
    }

    /** The page with the script before its {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + SCRIPT : page.substring(0, at) + SCRIPT + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
