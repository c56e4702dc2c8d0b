/** The author's preview: serve the baked site on 127.0.0.1, rebuild on change, reload the browser, show errors in the page. */
package io.github.attentioncourse.preview;
