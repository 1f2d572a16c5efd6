#include "workloadmodel.h"

#include <QMap>

namespace ik::ui {

WorkloadModel::WorkloadModel(QObject* parent) : QStandardItemModel(parent) {
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Workload"), tr("Key"), tr("Guard")});
}

namespace {
QStandardItem* groupItem(const QString& text, const QIcon& icon, const QString& tip) {
    auto* item = new QStandardItem(icon, text);
    item->setEditable(false);
    item->setSelectable(false);
    item->setToolTip(tip);
    item->setData(false, WorkloadModel::IsWorkloadRole);
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
    return item;
}
QList<QStandardItem*> withBlanks(QStandardItem* first) {
    auto* a = new QStandardItem;
    auto* b = new QStandardItem;
    a->setEditable(false);
    b->setEditable(false);
    a->setSelectable(false);
    b->setSelectable(false);
    return {first, a, b};
}
} // namespace

void WorkloadModel::setWorkloads(const QList<Workload>& workloads, const QString& sandboxLabel) {
    removeRows(0, rowCount());
    m_rows.clear();
    QStandardItem* sandboxRoot = nullptr;
    QMap<QString, QStandardItem*> groups;
    for (const Workload& w : workloads) {
        const QString host =
            w.ref().baseUrl.host() + (w.ref().baseUrl.port() != -1
                                          ? u':' + QString::number(w.ref().baseUrl.port())
                                          : QString());
        const QString groupKey =
            (w.sandbox ? QStringLiteral("sandbox|") : QStringLiteral("user|")) + host + u'|' +
            w.project;
        QStandardItem* group = groups.value(groupKey);
        if (!group) {
            if (w.sandbox) {
                if (!sandboxRoot) {
                    sandboxRoot = groupItem(sandboxLabel, sandboxIcon(),
                                            tr("Demo workloads of the local sandbox on %1; their "
                                               "keys are held for this session only.")
                                                .arg(host));
                    sandboxRoot->setAccessibleText(sandboxLabel);
                    appendRow(withBlanks(sandboxRoot));
                }
                group = groupItem(tr("%1 \u2014 %2").arg(w.project, host), projectIcon(),
                                  tr("Project %1 of the local sandbox on %2").arg(w.project, host));
                sandboxRoot->appendRow(withBlanks(group));
            } else {
                // Always with its host: two projects of the same slug on two servers (or one
                // of them the sandbox's) are told apart at a glance.
                group = groupItem(tr("%1 \u2014 %2").arg(w.project, host), projectIcon(),
                                  tr("Project %1 on %2").arg(w.project, host));
                appendRow(withBlanks(group));
            }
            groups.insert(groupKey, group);
        }
        auto* name = new QStandardItem(kindIcon(w.kind), w.displayName());
        name->setEditable(false);
        name->setData(w.id, IdRole);
        name->setData(true, IsWorkloadRole);
        name->setToolTip(
            tr("%1 (%2)\n%3").arg(w.displayName(), workloadKindName(w.kind), endpointPreview(w)));
        name->setData(tr("%1, %2 workload").arg(w.displayName(), workloadKindName(w.kind)),
                      Qt::AccessibleTextRole);
        auto* key = new QStandardItem(keyStateIcon(KeyState::Unknown), QString());
        key->setEditable(false);
        key->setToolTip(keyStateText(KeyState::Unknown));
        auto* verdict = new QStandardItem(verdictIcon(GuardVerdict::Level::Block, true), QString());
        verdict->setEditable(false);
        group->appendRow({name, key, verdict});
        m_rows.insert(w.id, name);
    }
}

void WorkloadModel::setStatus(const QString& id, KeyState keyState, const GuardVerdict& verdict) {
    QStandardItem* name = m_rows.value(id);
    if (!name)
        return;
    QStandardItem* parent = name->parent();
    const int row = name->row();
    QStandardItem* key = parent->child(row, KeyColumn);
    QStandardItem* mark = parent->child(row, VerdictColumn);
    key->setIcon(keyStateIcon(keyState));
    key->setToolTip(keyStateText(keyState));
    key->setData(keyStateText(keyState), Qt::AccessibleTextRole);
    key->setData(int(keyState), KeyStateRole);
    const bool missing = verdict.has(QStringLiteral("missing_key")) && verdict.blocks.size() == 1;
    mark->setIcon(verdictIcon(verdict.level(), missing));
    mark->setToolTip(verdict.details());
    mark->setData(verdictLevelName(verdict.level()), VerdictLevelRole);
    mark->setData(verdict.headline(), Qt::AccessibleTextRole);
    name->setData(verdictLevelName(verdict.level()), VerdictLevelRole);
    name->setData(int(keyState), KeyStateRole);
}

QModelIndex WorkloadModel::indexOfId(const QString& id) const {
    QStandardItem* item = m_rows.value(id);
    return item ? item->index() : QModelIndex();
}

QString WorkloadModel::idAt(const QModelIndex& index) const {
    if (!index.isValid())
        return {};
    const QModelIndex first = index.siblingAtColumn(NameColumn);
    return first.data(IsWorkloadRole).toBool() ? first.data(IdRole).toString() : QString();
}

} // namespace ik::ui
