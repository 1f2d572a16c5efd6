#include "evalexport.h"

#include "evalassert.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace ik::eval {

namespace {

QString seconds(qint64 ms) {
    return ms < 0 ? u"0"_s : QString::number(ms / 1000.0, 'f', 3);
}

QString failureText(const CellResult& r, QString* message, QString* type) {
    QStringList lines;
    for (const Outcome& o : outcomesFromJson(r.outcomes))
        if (o.state != Outcome::State::Pass) {
            if (message->isEmpty()) {
                *message = o.label;
                *type = assertionKindName(o.kind);
            }
            lines << o.label + u": "_s + o.reason;
        }
    return lines.join(u'\n');
}

void writeCase(QXmlStreamWriter& x, const EvalSet& set, const QString& suite, const CellResult& r) {
    x.writeStartElement(u"testcase"_s);
    x.writeAttribute(u"classname"_s, suite);
    x.writeAttribute(u"name"_s, caseName(set, r.row));
    x.writeAttribute(u"time"_s, seconds(r.totalMs));
    if (r.status != u"done"_s) {
        x.writeStartElement(u"error"_s);
        x.writeAttribute(u"type"_s, r.status);
        x.writeAttribute(u"message"_s, r.error);
        x.writeCharacters(r.error);
        x.writeEndElement();
    } else if (!r.passed) {
        QString message, type;
        const QString text = failureText(r, &message, &type);
        x.writeStartElement(u"failure"_s);
        x.writeAttribute(u"type"_s, type);
        x.writeAttribute(u"message"_s, message);
        x.writeCharacters(text);
        x.writeEndElement();
    }
    x.writeTextElement(u"system-out"_s, r.answer);
    x.writeEndElement();
}

QByteArray csvField(const QString& s) {
    QString t = s;
    if (!t.isEmpty() && QStringView(u"=+-@").contains(t.front()))
        t.prepend(u'\'');
    QByteArray u = t.toUtf8();
    if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
        u.replace("\"", "\"\"");
        return '"' + u + '"';
    }
    return u;
}

QString number(qint64 v) {
    return v < 0 ? QString() : QString::number(v);
}

} // namespace

bool writeCsv(const EvalStore& store, qint64 runId, const EvalSet& set, const QStringList& names,
              QIODevice* out) {
    bool ok = out->write("row,prompt,workload,status,passed,assertion,reason,total_ms,"
                         "first_token_ms,prompt_tokens,completion_tokens,cost,answer\r\n") > 0;
    store.forEach(runId, [&](const CellResult& r) {
        const QList<Outcome> outcomes = outcomesFromJson(r.outcomes);
        const Outcome* f = firstFailure(outcomes);
        const QList<Message>& m = set.messages;
        const QString prompt = r.row < set.rows.size() && !m.isEmpty()
                                   ? render(m.last().content, set.rows[r.row].vars())
                                   : QString();
        const QStringList fields{QString::number(r.row + 1),
                                 prompt,
                                 names.value(r.workload),
                                 r.status,
                                 r.passed ? u"yes"_s : u"no"_s,
                                 f ? f->label : QString(),
                                 f ? f->reason : r.error,
                                 number(r.totalMs),
                                 number(r.firstTokenMs),
                                 number(r.promptTokens),
                                 number(r.completionTokens),
                                 r.cost ? QString::number(*r.cost, 'g', 10) : QString(),
                                 r.answer};
        QByteArray line;
        for (const QString& field : fields)
            line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(field);
        ok = ok && out->write(line + "\r\n") == line.size() + 2;
        return ok;
    });
    return ok;
}

QString caseName(const EvalSet& set, int row) {
    QString text;
    if (row >= 0 && row < set.rows.size())
        for (const Message& m : set.messages)
            if (m.role == u"user"_s) {
                text = render(m.content, set.rows[row].vars()).simplified();
                break;
            }
    if (text.size() > 60)
        text = text.left(59) + u"…"_s;
    return u"row %1: %2"_s.arg(row + 1).arg(text);
}

bool writeJUnit(const EvalStore& store, qint64 runId, const EvalSet& set, const QStringList& names,
                QIODevice* out) {
    const int n = int(names.size());
    const QList<WorkloadTotals> totals = store.totals(runId, n);
    QXmlStreamWriter x(out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(u"testsuites"_s);
    const QString setName = set.name.isEmpty() ? QFileInfo(set.path).completeBaseName() : set.name;
    x.writeAttribute(u"name"_s, setName);
    int tests = 0, failures = 0, errors = 0;
    for (const WorkloadTotals& t : totals) {
        tests += t.cells;
        failures += t.cells - t.passed - t.errors;
        errors += t.errors;
    }
    x.writeAttribute(u"tests"_s, QString::number(tests));
    x.writeAttribute(u"failures"_s, QString::number(failures));
    x.writeAttribute(u"errors"_s, QString::number(errors));
    // One pass over the store per workload: each suite's cases stay together, as JUnit wants.
    for (int w = 0; w < n; ++w) {
        const WorkloadTotals& t = totals[w];
        x.writeStartElement(u"testsuite"_s);
        x.writeAttribute(u"name"_s, names[w]);
        x.writeAttribute(u"tests"_s, QString::number(t.cells));
        x.writeAttribute(u"failures"_s, QString::number(t.cells - t.passed - t.errors));
        x.writeAttribute(u"errors"_s, QString::number(t.errors));
        x.writeAttribute(u"time"_s, seconds(qint64(t.meanTotalMs * t.cells)));
        const QString suite = setName + u'.' + names[w];
        store.forEach(runId, [&](const CellResult& r) {
            if (r.workload == w)
                writeCase(x, set, suite, r);
            return true;
        });
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return !x.hasError();
}

QJsonObject summaryJson(const EvalStore& store, qint64 runId, const EvalSet& set,
                        const QStringList& names) {
    const QList<WorkloadTotals> totals = store.totals(runId, int(names.size()));
    QJsonArray workloads;
    for (qsizetype w = 0; w < totals.size(); ++w) {
        const WorkloadTotals& t = totals[w];
        workloads.append(QJsonObject{
            {u"name"_s, names[w]},
            {u"cells"_s, t.cells},
            {u"passed"_s, t.passed},
            {u"failed"_s, t.cells - t.passed - t.errors},
            {u"errors"_s, t.errors},
            {u"pass_rate"_s, t.passRate()},
            {u"pass_rate_95"_s, QJsonArray{passRateInterval(t.passed, t.cells).first,
                                           passRateInterval(t.passed, t.cells).second}},
            {u"p50_ms"_s, t.p50Ms},
            {u"p90_ms"_s, t.p90Ms},
            {u"p99_ms"_s, t.p99Ms},
            {u"cost"_s, t.cost},
            {u"mean_total_ms"_s, t.meanTotalMs},
        });
    }
    QJsonArray failures;
    store.forEach(runId, [&](const CellResult& r) {
        if (r.passed)
            return true;
        const QList<Outcome> outcomes = outcomesFromJson(r.outcomes);
        const Outcome* first = firstFailure(outcomes);
        failures.append(QJsonObject{
            {u"row"_s, r.row + 1},
            {u"workload"_s, names.value(r.workload)},
            {u"status"_s, r.status},
            {u"assertion"_s, first ? first->label : QString()},
            {u"reason"_s, first ? first->reason : r.error},
            {u"answer"_s, r.answer},
        });
        return true;
    });
    const std::optional<RunInfo> info = store.run(runId);
    return {{u"run"_s, runId},
            {u"set"_s, set.name.isEmpty() ? set.path : set.name},
            {u"state"_s, info ? info->state : QString()},
            {u"workloads"_s, workloads},
            {u"failures"_s, failures}};
}

} // namespace ik::eval
