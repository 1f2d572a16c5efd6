#include "evalfilter.h"

#include "evalresultsmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace ik::eval {

EvalFilterModel::EvalFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    // A result arriving changes a cell's state: the row may now pass or leave the filter.
    setDynamicSortFilter(true);
}

void EvalFilterModel::setShow(Show show) {
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool EvalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_show == Show::All)
        return true;
    const QAbstractItemModel* m = sourceModel();
    bool failed = false, passed = false;
    // Column 0 is the prompt; each further column one workload.
    for (int c = 1; c < m->columnCount(sourceParent); ++c) {
        const QString state = m->index(sourceRow, c, sourceParent).data(CellStateRole).toString();
        if (state == u"fail"_s || state == u"error"_s)
            failed = true;
        else if (state == u"pass"_s)
            passed = true;
    }
    return m_show == Show::Failures ? failed : failed && passed;
}

} // namespace ik::eval
