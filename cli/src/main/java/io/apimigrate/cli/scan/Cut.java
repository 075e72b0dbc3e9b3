package io.apimigrate.cli.scan;

/**
 * One statement cut from a file: its code is {@code text[start, end)} of the file.
 *
 * @param id {@code path:line:column}, unique within a scan
 * @param path the file, relative to the repository
 * @param line the 1-based line the statement starts on
 * @param start the statement's first char in the file
 * @param end the char after the statement's last code token
 * @param code the statement's text
 */
public record Cut(String id, String path, int line, int start, int end, String code) {
}
