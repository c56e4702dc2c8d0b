package io.github.attentioncourse.preview;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.format.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the preview's HTML pages with a small script that reloads the page after each
 * rebuild, and with the current content errors shown on top of the page. Everything else is
 * left to Jetty's resource handler. The baked files themselves are never changed.
 */
final class LivePages extends Handler.Wrapper {

    static final String VERSION_PATH = "/__preview/version";
    /**
     * Polls the version and reloads when it changes; shows the status line (model training) in a
     * banner, as text.
     */
    private static final String SCRIPT = "<script>(function(){var v=null;function show(s){"
            + "var b=document.getElementById('preview-status');if(!b){if(!s)return;b=document.createElement('div');"
            + "b.id='preview-status';b.setAttribute('role','status');b.style.cssText='position:fixed;inset:auto 0 0 0;"
            + "z-index:1000;background:#0a2a3b;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:.5rem 1.25rem';"
            + "document.body.appendChild(b);}b.textContent=s;b.hidden=!s;}function poll(){"
            + "var r=new XMLHttpRequest();r.open('GET','" + VERSION_PATH + "');r.onload=function(){"
            + "var t=r.responseText,i=t.indexOf('\\n'),n=i<0?t:t.slice(0,i);"
            + "if(v!==null&&n!==v){location.reload();return;}v=n;show(i<0?'':t.slice(i+1));setTimeout(poll,150);};"
            + "r.onerror=function(){setTimeout(poll,1000);};r.send();}poll();}());</script>";

    private final Path root;
    private final LiveState state;

    LivePages(Handler files, Path root, LiveState state) {
        super(files);
        this.root = root;
        this.state = state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals(VERSION_PATH)) {
            // The version on the first line, what the preview is busy with on the second.
            respond(response, callback, HttpStatus.OK_200, "text/plain; charset=utf-8", state.version() + "\n" + state.status());
            return true;
        }
        Path file = htmlFile(path);
        if (file == null) {
            return super.handle(request, response, callback);
        }
        List<ContentError> errors = state.errors();
        if (!Files.isRegularFile(file)) {
            if (errors.isEmpty()) {
                return super.handle(request, response, callback);
            }
            respond(response, callback, HttpStatus.OK_200, "text/html; charset=utf-8",
                    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Content errors</title></head><body>"
                            + overlay(errors) + SCRIPT + "</body></html>");
            return true;
        }
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String extra = (errors.isEmpty() ? "" : overlay(errors)) + SCRIPT;
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
        respond(response, callback, HttpStatus.OK_200, "text/html; charset=utf-8", html);
        return true;
    }

    /** The HTML file a request path names, or null when it names something else or lies outside the site. */
    private Path htmlFile(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        if (!relative.endsWith(".html")) {
            return null;
        }
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) ? file : null;
    }

    static String overlay(List<ContentError> errors) {
        StringBuilder html = new StringBuilder("<div id=\"preview-errors\" role=\"alert\" style=\"position:fixed;inset:0 0 auto 0;"
                + "max-height:60vh;overflow:auto;z-index:1000;background:#3b0a0a;color:#fff;font:14px/1.5 ui-monospace,monospace;"
                + "padding:1rem 1.25rem;border-bottom:4px solid #ff6b6b\"><strong>")
                .append(errors.size()).append(errors.size() == 1 ? " content error" : " content errors")
                .append(": the page below is the last good build. Fix the file and save; this page reloads by itself.</strong><ul>");
        for (ContentError error : errors) {
            html.append("<li><span class=\"preview-error-location\">").append(Html.escape(error.file() + ":" + error.line()))
                    .append("</span>: ").append(Html.escape(error.message())).append("</li>");
        }
        return html.append("</ul></div>").toString();
    }

    private static void respond(Response response, Callback callback, int status, String type, String body) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, body, callback);
    }
}
