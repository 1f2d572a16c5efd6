#include "jsonlines.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ik {

JsonLinesError
forEachJsonLine(const QByteArray& data, const QString& example,
                const std::function<QString(int line, const QJsonObject& object)>& each) {
    qsizetype start = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    for (int line = 1; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray raw = QByteArray::fromRawData(data.constData() + start, end - start);
        start = end + 1;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (pe.error != QJsonParseError::NoError) {
            // JavaScript writes these for non-finite numbers; JSON has no word for them.
            if (raw.contains("NaN") || raw.contains("Infinity"))
                return {line, QCoreApplication::translate(
                                  "ik::JsonLines", "NaN or Infinity is not JSON (nor a usable "
                                                   "number); fix or drop that line")};
            return {line, QCoreApplication::translate(
                              "ik::JsonLines",
                              "not JSON (%1 at column %2); write one object per line, like %3")
                              .arg(pe.errorString())
                              .arg(pe.offset + 1)
                              .arg(example)};
        }
        if (!doc.isObject())
            return {line,
                    QCoreApplication::translate("ik::JsonLines", "expected a JSON object like %1")
                        .arg(example)};
        if (QString problem = each(line, doc.object()); !problem.isEmpty())
            return {line, std::move(problem)};
    }
    return {};
}

} // namespace ik
