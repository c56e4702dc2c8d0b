package io.github.attentioncourse.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fresh Firefox profile for the tests: no first-run pages, no updates, no telemetry, no remote
 * settings, studies, safe-browsing lists, push or connectivity checks (the preferences Mozilla's
 * own automation sets for the same reason), and every host but this machine sent to a
 * {@link RefusingProxy}, so that whatever still tries to reach the internet stays here.
 */
final class FirefoxProfile {

    private FirefoxProfile() {
    }

    static Path create(int proxyPort, boolean javascript) {
        Map<String, Object> prefs = new LinkedHashMap<>();
        // first run, start page, default-browser question
        prefs.put("browser.shell.checkDefaultBrowser", false);
        prefs.put("browser.startup.page", 0);
        prefs.put("browser.startup.homepage_override.mstone", "ignore");
        prefs.put("startup.homepage_welcome_url", "about:blank");
        prefs.put("startup.homepage_welcome_url.additional", "");
        prefs.put("browser.aboutwelcome.enabled", false);
        prefs.put("trailhead.firstrun.didSeeAboutWelcome", true);
        prefs.put("datareporting.policy.firstRunURL", "");
        prefs.put("browser.newtabpage.enabled", false);
        prefs.put("browser.newtabpage.activity-stream.feeds.system.topstories", false);
        prefs.put("browser.newtabpage.activity-stream.feeds.section.topstories", false);
        prefs.put("browser.newtabpage.activity-stream.feeds.snippets", false);
        prefs.put("browser.topsites.contile.enabled", false);
        prefs.put("browser.uitour.enabled", false);
        // updates of the browser, its add-ons, search engines and system add-ons
        prefs.put("app.update.disabledForTesting", true);
        prefs.put("app.update.auto", false);
        prefs.put("app.update.checkInstallTime", false);
        prefs.put("extensions.update.enabled", false);
        prefs.put("extensions.update.notifyUser", false);
        prefs.put("extensions.getAddons.cache.enabled", false);
        prefs.put("extensions.blocklist.enabled", false);
        prefs.put("extensions.systemAddon.update.enabled", false);
        prefs.put("extensions.autoDisableScopes", 0);
        prefs.put("browser.search.update", false);
        prefs.put("browser.region.network.url", "");
        prefs.put("browser.region.update.enabled", false);
        // telemetry, studies, experiments, remote settings
        prefs.put("toolkit.telemetry.enabled", false);
        prefs.put("toolkit.telemetry.unified", false);
        prefs.put("toolkit.telemetry.server", "");
        prefs.put("datareporting.healthreport.uploadEnabled", false);
        prefs.put("datareporting.policy.dataSubmissionEnabled", false);
        prefs.put("datareporting.usage.uploadEnabled", false);
        prefs.put("app.normandy.enabled", false);
        prefs.put("app.normandy.api_url", "");
        prefs.put("app.shield.optoutstudies.enabled", false);
        prefs.put("messaging-system.rsexperimentloader.enabled", false);
        prefs.put("nimbus.rollouts.enabled", false);
        prefs.put("services.settings.server", "data:,#remote-settings-dummy/v1");
        prefs.put("browser.ping-centre.telemetry", false);
        prefs.put("identity.fxaccounts.enabled", false);
        // background network: safe browsing, captive portal, connectivity, push, prefetching, DoH, OCSP, media plugins
        prefs.put("browser.safebrowsing.malware.enabled", false);
        prefs.put("browser.safebrowsing.phishing.enabled", false);
        prefs.put("browser.safebrowsing.downloads.enabled", false);
        prefs.put("browser.safebrowsing.blockedURIs.enabled", false);
        prefs.put("browser.safebrowsing.update.enabled", false);
        prefs.put("browser.safebrowsing.provider.google4.updateURL", "");
        prefs.put("browser.safebrowsing.provider.mozilla.updateURL", "");
        prefs.put("network.captive-portal-service.enabled", false);
        prefs.put("network.connectivity-service.enabled", false);
        prefs.put("dom.push.connection.enabled", false);
        prefs.put("dom.push.serverURL", "");
        prefs.put("network.dns.disablePrefetch", true);
        prefs.put("network.prefetch-next", false);
        prefs.put("network.http.speculative-parallel-limit", 0);
        prefs.put("network.trr.mode", 5);
        prefs.put("security.OCSP.enabled", 0);
        prefs.put("security.remote_settings.crlite_filters.enabled", false);
        prefs.put("security.remote_settings.intermediates.enabled", false);
        prefs.put("media.gmp-manager.url", "");
        prefs.put("media.gmp-gmpopenh264.enabled", false);
        prefs.put("geo.provider.network.url", "");
        // addresses as the page wrote them: no upgrade of http:// to https:// on the way
        prefs.put("dom.security.https_first", false);
        prefs.put("dom.security.https_first_schemeless", false);
        // everything but this machine goes to the proxy, which answers it here
        prefs.put("network.proxy.type", 1);
        prefs.put("network.proxy.http", "127.0.0.1");
        prefs.put("network.proxy.http_port", proxyPort);
        prefs.put("network.proxy.ssl", "127.0.0.1");
        prefs.put("network.proxy.ssl_port", proxyPort);
        prefs.put("network.proxy.no_proxies_on", "127.0.0.1,localhost");
        prefs.put("network.proxy.allow_hijacking_localhost", false);
        // tests only: no session restore, no slow-script dialog, the crash reporter quiet
        prefs.put("browser.sessionstore.resume_from_crash", false);
        prefs.put("dom.max_script_run_time", 0);
        prefs.put("toolkit.startup.max_resumed_crashes", -1);
        prefs.put("javascript.enabled", javascript);
        StringBuilder userJs = new StringBuilder();
        prefs.forEach((name, value) -> userJs.append("user_pref(\"").append(name).append("\", ")
                .append(value instanceof String text ? "\"" + text + "\"" : value).append(");\n"));
        try {
            Path profile = Files.createTempDirectory("attention-course-firefox-");
            Files.writeString(profile.resolve("user.js"), userJs, StandardCharsets.UTF_8);
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port Firefox's BiDi server chose, which it writes into the profile once it listens. */
    static int bidiPort(Path profile, Process firefox) {
        Path server = profile.resolve("WebDriverBiDiServer.json");
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end && firefox.isAlive()) {
            try {
                if (Files.isRegularFile(server)) {
                    JsonNode port = BiDi.JSON.readTree(server.toFile()).path("ws_port");
                    if (port.isInt()) {
                        return port.asInt();
                    }
                }
                Thread.sleep(20);
            } catch (IOException e) {
                // written but not complete yet; read it again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Firefox's WebDriver BiDi server did not start" + (firefox.isAlive() ? "" : " (Firefox exited)"));
    }
}
