#include "historymodel.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

constexpr int kAskChars = 80;
constexpr int kToolTipChars = 500;
constexpr int kListLimit = 500;

} // namespace

QByteArray exportBytes(const HistoryRun& run, HistoryExport format) {
    switch (format) {
    case HistoryExport::RunMarkdown:
        return History::toMarkdown(run).toUtf8();
    case HistoryExport::RunJson:
        return History::toJson(run);
    case HistoryExport::ConversationMarkdown:
        return History::conversationMarkdown(run).toUtf8();
    case HistoryExport::ConversationJson:
        break;
    }
    return History::conversationJson(run);
}

bool isJsonExport(HistoryExport format) {
    return format == HistoryExport::RunJson || format == HistoryExport::ConversationJson;
}

QString exportFileName(const QString& workloadSlug, qint64 id, HistoryExport format) {
    const bool conversation =
        format == HistoryExport::ConversationMarkdown || format == HistoryExport::ConversationJson;
    return u"%1-%2-%3.%4"_s.arg(workloadSlug, conversation ? u"conversation"_s : u"run"_s)
        .arg(id)
        .arg(isJsonExport(format) ? u"json"_s : u"md"_s);
}

// Retry-After is left out: a reopened run is long past it, and its card offers no countdown.
Error errorFromJson(const QJsonObject& json) {
    Error e;
    e.kind = ErrorKind::Server;
    const QString kind = json[u"kind"].toString();
    for (ErrorKind k :
         {ErrorKind::Configuration, ErrorKind::Validation, ErrorKind::Auth, ErrorKind::Permission,
          ErrorKind::NotFound, ErrorKind::BadRequest, ErrorKind::RateLimited, ErrorKind::Server,
          ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Cancelled, ErrorKind::Truncated,
          ErrorKind::Protocol})
        if (errorKindName(k) == kind)
            e.kind = k;
    e.httpStatus = json[u"status"].toInt();
    e.code = json[u"code"].toString();
    e.message = json[u"message"].toString();
    e.hint = json[u"hint"].toString();
    return e;
}

namespace {

HeaderList headersFromJson(const QJsonArray& array) {
    HeaderList headers;
    for (const QJsonValue& h : array)
        headers.append({h[0].toString().toLatin1(), h[1].toString().toUtf8()});
    return headers;
}

} // namespace

RunRecord recordFromJson(const QJsonObject& json) {
    RunRecord record;
    record.method = json[u"method"].toString().toLatin1();
    record.url = QUrl(json[u"url"].toString());
    record.requestHeaders = headersFromJson(json[u"request_headers"].toArray());
    record.requestBody = json[u"request_body"].toString().toUtf8();
    record.status = json[u"status"].toInt();
    record.responseHeaders = headersFromJson(json[u"response_headers"].toArray());
    record.responseBody = json[u"response_body"].toString().toUtf8();
    record.nonJsonFrames = json[u"non_json_frames"].toInt();
    record.invalidUtf8At = qint64(json[u"invalid_utf8_at"].toDouble(-1));
    record.comments = json[u"comments"].toInt();
    for (const QJsonValue& url : json[u"redirects"].toArray())
        record.redirects.append(QUrl(url.toString()));
    return record;
}

HistoryModel::HistoryModel(History* history, QObject* parent)
    : QAbstractTableModel(parent), m_history(history) {
    // Rows of a history that was emptied must not stay on show (nor be reopened).
    if (history)
        connect(history, &History::cleared, this, &HistoryModel::refresh);
}

QString HistoryModel::askOf(const HistoryRun& run) {
    QString ask;
    for (auto it = run.messages.crbegin(); it != run.messages.crend(); ++it) {
        if (it->role == u"user") {
            ask = it->content;
            break;
        }
    }
    ask = ask.simplified();
    if (ask.size() > kAskChars)
        ask = ask.left(kAskChars - 1) + u'…';
    return ask;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryRun& run = m_runs.at(index.row());
    switch (role) {
    case IdRole:
        return run.id;
    case StateNameRole:
        return run.state;
    case OriginRole:
        return parseOrigin(run.origin).compare;
    case ComparisonRole:
        return parseOrigin(run.origin).comparison;
    case Qt::ToolTipRole:
        return run.answer.left(kToolTipChars);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Started:
        return run.startedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case State:
        return historyStateLabel(run.state);
    case Origin:
        return originLabel(run.origin);
    case Ask:
        return askOf(run);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case State:
        return tr("State");
    case Origin:
        return tr("From");
    case Ask:
        return tr("Prompt");
    default:
        return {};
    }
}

void HistoryModel::setWorkloadId(const QString& workloadId) {
    m_workloadId = workloadId;
    refresh();
}

void HistoryModel::setSearch(const QString& search) {
    m_search = search;
    refresh();
}

void HistoryModel::setOriginFilter(HistoryOriginFilter filter) {
    m_originFilter = filter;
    refresh();
}

void HistoryModel::refresh() {
    beginResetModel();
    m_runs = m_history ? m_history->list(m_workloadId, m_search, kListLimit, m_originFilter)
                       : QList<HistoryRun>();
    endResetModel();
}

qint64 HistoryModel::idAt(int row) const {
    return row >= 0 && row < m_runs.size() ? m_runs.at(row).id : -1;
}

int HistoryModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == id)
            return row;
    return -1;
}

bool HistoryModel::remove(qint64 id) {
    if (!m_history)
        return false;
    const bool ok = m_history->remove(id);
    refresh();
    return ok;
}

} // namespace ik
