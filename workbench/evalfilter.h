#pragma once
// Which rows of an evaluation matrix a user looks at: all of them, those with a failed cell
// (an assertion failed or the call did not end done), or those where the workloads' verdicts
// differ. Reads the states EvalResultsModel gives; a pending cell counts as neither.
#include <QSortFilterProxyModel>

namespace ik::eval {

class EvalFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, Failures, Disagreements };
    explicit EvalFilterModel(QObject* parent = nullptr);
    Show show() const { return m_show; }
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace ik::eval
