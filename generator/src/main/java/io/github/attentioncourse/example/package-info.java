/** The authoring contract for {@code attention} blocks: read the YAML, check it, and describe the engine input. */
package io.github.attentioncourse.example;
