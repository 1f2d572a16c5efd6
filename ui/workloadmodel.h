#pragma once
// The sidebar's model: workloads grouped by project (the local sandbox's under its own clearly
// marked node), with the kind icon, the key state and the guard's verdict per workload.

#include "guard.h"
#include "icons.h"
#include "workloads.h"

#include <QStandardItemModel>

namespace ik::ui {

class WorkloadModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KeyColumn, VerdictColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IsWorkloadRole, VerdictLevelRole, KeyStateRole };

    explicit WorkloadModel(QObject* parent = nullptr);

    // Rebuilds the tree. Sandbox workloads go under "Local sandbox".
    void setWorkloads(const QList<Workload>& workloads, const QString& sandboxLabel);
    void setStatus(const QString& id, KeyState keyState, const GuardVerdict& verdict);
    QModelIndex indexOfId(const QString& id) const;
    QString idAt(const QModelIndex& index) const;

private:
    QHash<QString, QStandardItem*> m_rows; // id -> name item
};

} // namespace ik::ui
