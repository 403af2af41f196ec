package io.github.docgen.docx;

/** One entry of a Word package as read from the template zip: its name and its inflated bytes. */
record PackageEntry(String name, byte[] bytes) {
}
