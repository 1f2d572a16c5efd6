#include "evalresultsmodel.h"

#include "evalassert.h"

using namespace Qt::Literals::StringLiterals;

namespace ik::eval {

namespace {

QString stateOf(const CellResult* c) {
    if (!c)
        return u"pending"_s;
    if (c->status != u"done"_s)
        return u"error"_s;
    return c->passed ? u"pass"_s : u"fail"_s;
}

QString failureOf(const CellResult& c) {
    const QList<Outcome> outcomes = outcomesFromJson(c.outcomes);
    if (const Outcome* f = firstFailure(outcomes))
        return f->label + u": "_s + f->reason;
    return c.status == u"done"_s ? QString() : c.error;
}

} // namespace

EvalResultsModel::EvalResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvalResultsModel::setRun(EvalStore* store, qint64 runId, const EvalSet& set,
                              const QStringList& names) {
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_runId = runId;
    m_set = set;
    m_names = names;
    m_cache.clear();
    if (store)
        connect(store, &EvalStore::resultRecorded, this, &EvalResultsModel::onRecorded);
    endResetModel();
}

int EvalResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_set.rows.size());
}

int EvalResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1 + int(m_names.size());
}

const CellResult* EvalResultsModel::cell(int row, int workload) const {
    const qint64 key = qint64(row) * m_names.size() + workload;
    if (std::optional<CellResult>* hit = m_cache.object(key))
        return hit->has_value() ? &**hit : nullptr;
    if (!m_store)
        return nullptr;
    auto* entry = new std::optional<CellResult>(m_store->result(m_runId, row, workload));
    const CellResult* found = entry->has_value() ? &**entry : nullptr;
    m_cache.insert(key, entry);
    return found;
}

QVariant EvalResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const ChatRequest r = requestFor(m_set, m_set.rows[index.row()], m_set.workloads[0]);
            return r.messages.isEmpty() ? QString() : r.messages.last().content;
        }
        return {};
    }
    const CellResult* c = cell(index.row(), index.column() - 1);
    switch (role) {
    case Qt::DisplayRole: {
        const QString state = stateOf(c);
        if (!c || state == u"pass"_s)
            return state == u"pass"_s ? tr("pass") : tr("…");
        // A call that failed fails every assertion; what to read first is why it failed.
        if (state == u"error"_s && !c->error.isEmpty())
            return tr("error") + u": "_s + c->error.section(u':', 0, 0);
        const QString failure = failureOf(*c);
        return (state == u"error"_s ? tr("error") : tr("fail")) + u": "_s +
               failure.section(u':', 0, 0);
    }
    case Qt::ToolTipRole:
    case FailureRole:
        return c ? failureOf(*c) : QString();
    case CellStateRole:
        return stateOf(c);
    case AnswerRole:
        return c ? c->answer : QString();
    case LatencyRole:
        return c ? c->totalMs : qint64(-1);
    case TokensRole:
        return c ? c->completionTokens : -1;
    case CostRole:
        return c && c->cost ? QVariant(*c->cost) : QVariant();
    default:
        return {};
    }
}

QVariant EvalResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == 0 ? tr("Prompt") : m_names.value(section - 1);
}

void EvalResultsModel::onRecorded(qint64 runId, int row, int workload) {
    if (runId != m_runId || row < 0 || row >= rowCount() || workload < 0 ||
        workload >= m_names.size())
        return;
    m_cache.remove(qint64(row) * m_names.size() + workload);
    const QModelIndex i = index(row, workload + 1);
    emit dataChanged(i, i);
}

} // namespace ik::eval
