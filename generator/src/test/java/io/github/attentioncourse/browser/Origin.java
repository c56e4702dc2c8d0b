package io.github.attentioncourse.browser;

/** How a reader reaches the course: a downloaded folder, or a server under a sub-path. */
enum Origin {
    FILE,
    HTTP
}
