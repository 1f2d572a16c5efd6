#pragma once
// JSON Lines files (.jsonl, .ndjson), read the one way every loader of the project reads them: a
// UTF-8 byte-order mark is skipped, blank lines are skipped, and each other line must be one
// JSON object. A line that is not says which line, what the parser found and what a line should
// look like. Objects are handed over one at a time, so a file of 100,000 vectors is never held
// as 100,000 parsed objects.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace ik {

struct JsonLinesError {
    int line = 0;  // 1-based; 0: none
    QString error; // empty: every line was read
    bool ok() const { return error.isEmpty(); }
};

// Calls `each` with every object and its line number; `each` returns an empty string to go on,
// or what is wrong with that line, which stops the reading and comes back as the error with its
// line. `example` is a line as it should be, e.g. {"text": "..."}.
JsonLinesError
forEachJsonLine(const QByteArray& data, const QString& example,
                const std::function<QString(int line, const QJsonObject& object)>& each);

} // namespace ik
