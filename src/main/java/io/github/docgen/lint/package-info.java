/**
 * The template maintainer's checks and views, over FreeMarker's own tree of a template: every data
 * path a kind's templates read, in every branch, checked against its {@code schema.json} once per
 * build ({@link io.github.docgen.lint.TemplateLint}), and what {@code docgen:inspect} shows of a kind
 * (which template reads which path, and the schema paths no template reads).
 */
package io.github.docgen.lint;
