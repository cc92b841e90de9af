#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace duban::store {

// SQLite's per-character search index (task_chars, migration 0009) reads text written one token per
// character, since FTS5's tokenizers keep a run of Chinese characters as one word. Every character becomes
// a token of its own so that a phrase of tokens is exactly a substring: ASCII letters and digits as
// themselves (the 'ascii' tokenizer folds their case, as LIKE does), other ASCII characters (punctuation,
// spaces, which the tokenizer would drop) as "x" and two hex digits, anything else as its UTF-8 bytes.
QByteArray searchChars(const char* utf8, qsizetype size);

// The MATCH expression for tasks holding every term (AND), live ones only unless includeRetired.
QString searchMatch(const QStringList& terms, bool includeRetired);

} // namespace duban::store
