#include "history.h"

#include "credential.h"
#include "scrub.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// A row still "running" that has not been touched for this long belongs to a process that is
// gone (the view touches its row every second while a run is alive, even a stalled one).
constexpr qint64 kOrphanAfterMs = 10000;

QString redacted(const QString& text) {
    return scrubSecrets(text);
}

QString compact(const QJsonObject& o) {
    return redacted(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject object(const QVariant& v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString messagesJson(const QList<ChatMessage>& messages) {
    QJsonArray a;
    for (const ChatMessage& m : messages)
        a.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    return redacted(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}

QList<ChatMessage> messagesFrom(const QVariant& v) {
    QList<ChatMessage> out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue& m : a)
        out.append({m[u"role"].toString(), m[u"content"].toString()});
    return out;
}

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

void jsonHeaderList(const HeaderList& headers, QJsonArray* out) {
    for (const auto& [name, value] : headers)
        out->append(QJsonArray{QString::fromLatin1(name), redacted(QString::fromUtf8(value))});
}

} // namespace

QJsonObject paramsToJson(const ChatParams& p) {
    QJsonObject o;
    if (p.temperature)
        o[u"temperature"] = *p.temperature;
    if (p.maxTokens)
        o[u"max_tokens"] = *p.maxTokens;
    if (p.topP)
        o[u"top_p"] = *p.topP;
    if (!p.stop.isEmpty())
        o[u"stop"] = QJsonArray::fromStringList(p.stop);
    if (p.seed)
        o[u"seed"] = double(*p.seed);
    if (p.presencePenalty)
        o[u"presence_penalty"] = *p.presencePenalty;
    if (p.frequencyPenalty)
        o[u"frequency_penalty"] = *p.frequencyPenalty;
    if (p.includeUsage)
        o[u"include_usage"] = true;
    return o;
}

ChatParams paramsFromJson(const QJsonObject& o) {
    ChatParams p;
    if (o.contains(u"temperature"))
        p.temperature = o[u"temperature"].toDouble();
    if (o.contains(u"max_tokens"))
        p.maxTokens = o[u"max_tokens"].toInt();
    if (o.contains(u"top_p"))
        p.topP = o[u"top_p"].toDouble();
    for (const QJsonValue& s : o[u"stop"].toArray())
        p.stop.append(s.toString());
    if (o.contains(u"seed"))
        p.seed = qint64(o[u"seed"].toDouble());
    if (o.contains(u"presence_penalty"))
        p.presencePenalty = o[u"presence_penalty"].toDouble();
    if (o.contains(u"frequency_penalty"))
        p.frequencyPenalty = o[u"frequency_penalty"].toDouble();
    p.includeUsage = o[u"include_usage"].toBool();
    return p;
}

QJsonObject frameToJson(const Frame& f) {
    return {{u"index"_s, f.index},
            {u"at_ms"_s, double(f.atMs)},
            {u"bytes"_s, double(f.bytes)},
            {u"data"_s, redacted(f.data)},
            {u"delta"_s, redacted(f.delta)},
            {u"json"_s, f.json},
            {u"done"_s, f.done}};
}

Frame frameFromJson(const QJsonObject& o) {
    Frame f;
    f.index = o[u"index"].toInt();
    f.atMs = qint64(o[u"at_ms"].toDouble());
    f.bytes = qsizetype(o[u"bytes"].toDouble());
    f.data = o[u"data"].toString();
    f.delta = o[u"delta"].toString();
    f.json = o[u"json"].toBool(true);
    f.done = o[u"done"].toBool();
    return f;
}

QJsonObject errorToJson(const Error& e) {
    QJsonObject o{{u"kind"_s, errorKindName(e.kind)},
                  {u"status"_s, e.httpStatus},
                  {u"code"_s, e.code},
                  {u"message"_s, redacted(e.message)},
                  {u"hint"_s, redacted(e.hint)},
                  {u"summary"_s, redacted(e.summary())}};
    if (e.retryAfterSeconds)
        o[u"retry_after_s"] = *e.retryAfterSeconds;
    return o;
}

QJsonObject recordToJson(const RunRecord& r) {
    QJsonArray requestHeaders, responseHeaders;
    jsonHeaderList(r.requestHeaders, &requestHeaders);
    jsonHeaderList(r.responseHeaders, &responseHeaders);
    QJsonArray redirects;
    for (const QUrl& u : r.redirects)
        redirects.append(u.toString());
    return {{u"method"_s, QString::fromLatin1(r.method)},
            {u"url"_s, redacted(r.url.toString())},
            {u"request_headers"_s, requestHeaders},
            {u"request_body"_s, redacted(QString::fromUtf8(r.requestBody))},
            {u"status"_s, r.status},
            {u"response_headers"_s, responseHeaders},
            {u"response_body"_s, redacted(QString::fromUtf8(r.responseBody))},
            {u"non_json_frames"_s, r.nonJsonFrames},
            {u"invalid_utf8_at"_s, double(r.invalidUtf8At)},
            {u"comments"_s, r.comments},
            {u"redirects"_s, redirects}};
}

QString historyStateLabel(const QString& state) {
    if (state == u"cancelled")
        return QObject::tr("stopped");
    if (state == u"truncated" || state == u"incomplete")
        return QObject::tr("incomplete");
    return state;
}

History::History(const QString& path, QObject* parent)
    : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path) {
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("ik-history-%1").arg(++counter);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    m_open =
        exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
        exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
        exec(QStringLiteral("PRAGMA busy_timeout=2000")) &&
        exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "started_at TEXT, updated_ms INTEGER, owner INTEGER, workload_id TEXT, "
                           "workload_name TEXT, workload_ref TEXT, system TEXT, messages TEXT, "
                           "params TEXT, stream INTEGER, answer TEXT, state TEXT, metrics TEXT, "
                           "model TEXT, finish_reason TEXT, usage TEXT, error TEXT, record TEXT, "
                           "frame_count INTEGER DEFAULT 0)")) &&
        exec(QStringLiteral(
            "CREATE INDEX IF NOT EXISTS runs_by_workload ON runs (workload_id, id)")) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS frames (run_id INTEGER, idx INTEGER, "
                            "at_ms INTEGER, bytes INTEGER, data TEXT, delta TEXT, is_json INTEGER, "
                            "is_done INTEGER, PRIMARY KEY (run_id, idx)) WITHOUT ROWID")) &&
        addOriginColumn();
    if (m_open)
        markOrphans();
}

History::~History() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString History::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

bool History::exec(const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool History::addOriginColumn() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(u"SELECT 1 FROM pragma_table_info('runs') WHERE name = 'origin'"_s);
    return q.next() ||
           exec(QStringLiteral("ALTER TABLE runs ADD COLUMN origin TEXT DEFAULT 'playground'"));
}

void History::markOrphans() {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, owner, updated_ms FROM runs WHERE state = 'running'"));
    QList<qint64> orphans;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (q.next()) {
        const qint64 owner = q.value(1).toLongLong();
        const bool mine = owner == qint64(::getpid());
        if (!mine && (!processAlive(owner) || now - q.value(2).toLongLong() > kOrphanAfterMs))
            orphans.append(q.value(0).toLongLong());
    }
    for (qint64 id : orphans) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE runs SET state = 'incomplete' WHERE id = ?"));
        u.addBindValue(id);
        u.exec();
    }
}

qint64 History::begin(const HistoryRun& run) {
    if (!m_open)
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO runs (started_at, updated_ms, owner, workload_id, workload_name, "
        "workload_ref, system, messages, params, stream, answer, state, metrics, model, "
        "finish_reason, usage, error, record, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', '{}', '', '', '{}', '{}', ?, ?)"));
    q.addBindValue((run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTime())
                       .toString(Qt::ISODateWithMs));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(qint64(::getpid()));
    q.addBindValue(run.workloadId);
    q.addBindValue(redacted(run.workloadName));
    q.addBindValue(redacted(run.workloadRef));
    q.addBindValue(redacted(run.system));
    q.addBindValue(messagesJson(run.messages));
    q.addBindValue(compact(run.params));
    q.addBindValue(run.stream ? 1 : 0);
    q.addBindValue(redacted(run.answer));
    q.addBindValue(compact(run.record));
    q.addBindValue(redacted(run.origin));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    emit changed();
    return q.lastInsertId().toLongLong();
}

void History::progress(qint64 id, const QString& answer, const QList<Frame>& newFrames) {
    if (!m_open || id < 0)
        return;
    // Where each frame's delta sits in the answer, so that a key echoed across several frames
    // (a few characters each) is scrubbed from every one of them, also those already saved.
    RunSpans& spans = m_spans[id];
    QList<Frame> frames = newFrames;
    for (const Frame& f : frames) {
        if (!f.delta.isEmpty())
            spans.spans.append({f.index, spans.textLength, int(f.delta.size())});
        spans.textLength += int(f.delta.size());
    }
    QList<QPair<int, int>> leaks;
    const QString answerText = scrubSecrets(answer, &leaks);
    QList<int> hit;
    for (const auto& [from, to] : leaks) {
        auto it = std::lower_bound(
            spans.spans.cbegin(), spans.spans.cend(), from,
            [](const Span& s, int offset) { return s.start + s.length <= offset; });
        for (; it != spans.spans.cend() && it->start < to; ++it)
            if (!spans.scrubbed.contains(it->frame))
                hit.append(it->frame);
    }
    const QString hidden = tr("(hidden: part of a key)");
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    for (int frame : hit) {
        spans.scrubbed.insert(frame);
        bool inBatch = false;
        for (Frame& f : frames) {
            if (f.index == frame) {
                f.delta = QStringLiteral("…");
                f.data = hidden;
                inBatch = true;
            }
        }
        if (!inBatch) {
            QSqlQuery u(db);
            u.prepare(QStringLiteral(
                "UPDATE frames SET delta = '…', data = ? WHERE run_id = ? AND idx = ?"));
            u.addBindValue(hidden);
            u.addBindValue(id);
            u.addBindValue(frame);
            u.exec();
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET answer = ?, updated_ms = ?, "
                             "frame_count = frame_count + ? WHERE id = ?"));
    q.addBindValue(answerText);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(int(frames.size()));
    q.addBindValue(id);
    q.exec();
    if (!frames.isEmpty()) {
        QSqlQuery f(db);
        f.prepare(QStringLiteral("INSERT OR REPLACE INTO frames (run_id, idx, at_ms, bytes, data, "
                                 "delta, is_json, is_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Frame& frame : frames) {
            f.bindValue(0, id);
            f.bindValue(1, frame.index);
            f.bindValue(2, frame.atMs);
            f.bindValue(3, qint64(frame.bytes));
            f.bindValue(4, redacted(frame.data));
            f.bindValue(5, redacted(frame.delta));
            f.bindValue(6, frame.json ? 1 : 0);
            f.bindValue(7, frame.done ? 1 : 0);
            f.exec();
        }
    }
    if (!db.commit())
        m_lastError = db.lastError().text();
    emit progressSaved(id, int(answer.size()));
}

void History::finish(qint64 id, const HistoryRun& run) {
    if (!m_open || id < 0)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE runs SET updated_ms = ?, answer = ?, state = ?, metrics = ?, model = ?, "
        "finish_reason = ?, usage = ?, error = ?, record = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(redacted(run.answer));
    q.addBindValue(run.state);
    q.addBindValue(compact(run.metrics));
    q.addBindValue(redacted(run.model));
    q.addBindValue(run.finishReason);
    q.addBindValue(compact(run.usage));
    q.addBindValue(compact(run.error));
    q.addBindValue(compact(run.record));
    q.addBindValue(id);
    if (!q.exec())
        m_lastError = q.lastError().text();
    m_spans.remove(id);
    emit changed();
}

namespace {
const QString kColumns = QStringLiteral(
    "id, started_at, workload_id, workload_name, workload_ref, system, messages, params, "
    "stream, answer, state, metrics, model, finish_reason, usage, error, record, frame_count, "
    "origin");

HistoryRun rowToRun(const QSqlQuery& q) {
    HistoryRun r;
    r.id = q.value(0).toLongLong();
    r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.workloadId = q.value(2).toString();
    r.workloadName = q.value(3).toString();
    r.workloadRef = q.value(4).toString();
    r.system = q.value(5).toString();
    r.messages = messagesFrom(q.value(6));
    r.params = object(q.value(7));
    r.stream = q.value(8).toInt() != 0;
    r.answer = q.value(9).toString();
    r.state = q.value(10).toString();
    r.metrics = object(q.value(11));
    r.model = q.value(12).toString();
    r.finishReason = q.value(13).toString();
    r.usage = object(q.value(14));
    r.error = object(q.value(15));
    r.record = object(q.value(16));
    r.frameCount = q.value(17).toInt();
    r.origin = q.value(18).isNull() ? playgroundOrigin() : q.value(18).toString();
    return r;
}
} // namespace

QList<HistoryRun> History::list(const QString& workloadId, const QString& search, int limit,
                                HistoryOriginFilter origin) const {
    QList<HistoryRun> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral("SELECT %1 FROM runs WHERE workload_id = :workload").arg(kColumns);
    const QString needle = search.trimmed();
    if (!needle.isEmpty())
        sql += QStringLiteral(" AND (system LIKE :n1 ESCAPE '\\' OR messages LIKE :n2 ESCAPE '\\' "
                              "OR answer LIKE :n3 ESCAPE '\\')");
    sql += originCondition(origin);
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":workload"), workloadId);
    if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        q.bindValue(QStringLiteral(":n1"), pattern);
        q.bindValue(QStringLiteral(":n2"), pattern);
        q.bindValue(QStringLiteral(":n3"), pattern);
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append(rowToRun(q));
    return out;
}

std::optional<HistoryRun> History::load(qint64 id) const {
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HistoryRun run = rowToRun(q);
    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT idx, at_ms, bytes, data, delta, is_json, is_done FROM frames "
                             "WHERE run_id = ? ORDER BY idx"));
    f.addBindValue(id);
    f.exec();
    while (f.next()) {
        Frame frame;
        frame.index = f.value(0).toInt();
        frame.atMs = f.value(1).toLongLong();
        frame.bytes = qsizetype(f.value(2).toLongLong());
        frame.data = f.value(3).toString();
        frame.delta = f.value(4).toString();
        frame.json = f.value(5).toInt() != 0;
        frame.done = f.value(6).toInt() != 0;
        run.frames.append(frame);
    }
    run.frameCount = int(run.frames.size());
    return run;
}

bool History::remove(qint64 id) {
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery f(db);
    f.prepare(QStringLiteral("DELETE FROM frames WHERE run_id = ?"));
    f.addBindValue(id);
    f.exec();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = q.exec() && q.numRowsAffected() > 0;
    db.commit();
    emit changed();
    return ok;
}

namespace {

QString fence(const QString& text) {
    // A fence longer than any backtick run inside, so the text cannot close it.
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString ticks(qMax(3, longest + 1), u'`');
    return ticks + u'\n' + text + u'\n' + ticks + u'\n';
}

QJsonArray conversationArray(const HistoryRun& run) {
    QJsonArray a;
    if (!run.system.isEmpty())
        a.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, run.system}});
    for (const ChatMessage& m : run.messages)
        a.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    if (!run.answer.isEmpty())
        a.append(QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, run.answer}});
    return a;
}

} // namespace

QString History::conversationMarkdown(const HistoryRun& run) {
    QString md = QStringLiteral("# Conversation with %1\n\n").arg(run.workloadName);
    if (!run.system.isEmpty())
        md += QStringLiteral("## System\n\n%1\n").arg(run.system);
    for (const ChatMessage& m : run.messages)
        md += QStringLiteral("## %1\n\n%2\n\n")
                  .arg(m.role == u"user" ? u"User"_s : u"Assistant"_s, m.content);
    if (!run.answer.isEmpty()) {
        md += QStringLiteral("## Assistant");
        if (run.state != u"done")
            md += QStringLiteral(" (%1)").arg(historyStateLabel(run.state));
        md += QStringLiteral("\n\n%1\n").arg(run.answer);
    }
    return redacted(md);
}

QByteArray History::conversationJson(const HistoryRun& run) {
    const QJsonObject o{{u"workload"_s, run.workloadName},
                        {u"state"_s, run.state},
                        {u"messages"_s, conversationArray(run)}};
    return redacted(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented))).toUtf8();
}

QString History::toMarkdown(const HistoryRun& run) {
    QString md = QStringLiteral("# Run %1 · %2\n\n").arg(run.id).arg(run.workloadName);
    md += QStringLiteral("- Started: %1\n- Workload: `%2`\n- State: %3\n")
              .arg(run.startedAt.toString(Qt::ISODate), run.workloadRef,
                   historyStateLabel(run.state));
    if (!run.model.isEmpty())
        md += QStringLiteral("- Model: %1\n").arg(run.model);
    if (!run.finishReason.isEmpty())
        md += QStringLiteral("- Finish reason: %1\n").arg(run.finishReason);
    for (auto it = run.metrics.begin(); it != run.metrics.end(); ++it)
        md += QStringLiteral("- %1: %2\n").arg(it.key(), it.value().toVariant().toString());
    if (!run.params.isEmpty())
        md += QStringLiteral("\n## Parameters\n\n") +
              fence(QString::fromUtf8(QJsonDocument(run.params).toJson(QJsonDocument::Indented)));
    if (!run.system.isEmpty())
        md += QStringLiteral("\n## System\n\n") + fence(run.system);
    for (const ChatMessage& m : run.messages)
        md += QStringLiteral("\n## %1\n\n").arg(m.role) + fence(m.content);
    md += QStringLiteral("\n## Answer (%1)\n\n").arg(historyStateLabel(run.state)) +
          fence(run.answer);
    if (!run.error.isEmpty())
        md += QStringLiteral("\n## Error\n\n%1\n\nHint: %2\n")
                  .arg(run.error[u"summary"].toString(), run.error[u"hint"].toString());
    return redacted(md);
}

QByteArray History::toJson(const HistoryRun& run) {
    QJsonArray frames;
    for (const Frame& f : run.frames)
        frames.append(frameToJson(f));
    QJsonArray messages;
    for (const ChatMessage& m : run.messages)
        messages.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    const QJsonObject o{{u"id"_s, run.id},
                        {u"started_at"_s, run.startedAt.toString(Qt::ISODateWithMs)},
                        {u"workload"_s, QJsonObject{{u"id"_s, run.workloadId},
                                                    {u"name"_s, run.workloadName},
                                                    {u"ref"_s, run.workloadRef}}},
                        {u"system"_s, run.system},
                        {u"messages"_s, messages},
                        {u"params"_s, run.params},
                        {u"stream"_s, run.stream},
                        {u"answer"_s, run.answer},
                        {u"state"_s, run.state},
                        {u"metrics"_s, run.metrics},
                        {u"model"_s, run.model},
                        {u"finish_reason"_s, run.finishReason},
                        {u"usage"_s, run.usage},
                        {u"error"_s, run.error},
                        {u"record"_s, run.record},
                        {u"frames"_s, frames}};
    return redacted(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented))).toUtf8();
}

} // namespace ik
