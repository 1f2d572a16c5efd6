// Which rows of an evaluation matrix each filter keeps, from the cell states the results model
// gives: failures are fail or error cells, a disagreement is a row with a pass and a failure.

#include "evalfilter.h"
#include "evalresultsmodel.h"

#include <QAbstractTableModel>
#include <QtTest>

using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

namespace {

// Cell states by row, workload; column 0 is the prompt, as in EvalResultsModel.
class States : public QAbstractTableModel {
public:
    QList<QStringList> states;
    int rowCount(const QModelIndex& = {}) const override { return int(states.size()); }
    int columnCount(const QModelIndex& = {}) const override { return 3; }
    QVariant data(const QModelIndex& index, int role) const override {
        if (role != CellStateRole || index.column() == 0)
            return {};
        return states[index.row()][index.column() - 1];
    }
    void set(int row, int workload, const QString& state) {
        states[row][workload] = state;
        emit dataChanged(index(row, workload + 1), index(row, workload + 1));
    }
};

} // namespace

class TstEvalFilter : public QObject {
    Q_OBJECT
private slots:
    void keepsTheRowsEachFilterNames();
};

void TstEvalFilter::keepsTheRowsEachFilterNames() {
    const QList<QStringList> states{{u"pass"_s, u"fail"_s},  {u"pass"_s, u"pass"_s},
                                    {u"fail"_s, u"error"_s}, {u"pending"_s, u"fail"_s},
                                    {u"error"_s, u"pass"_s}, {u"pending"_s, u"pass"_s}};
    States source;
    source.states = states;
    EvalFilterModel filter;
    filter.setSourceModel(&source);
    auto rows = [&] {
        QList<int> out;
        for (int r = 0; r < filter.rowCount(); ++r)
            out << filter.mapToSource(filter.index(r, 0)).row();
        return out;
    };
    QCOMPARE(rows(), (QList<int>{0, 1, 2, 3, 4, 5}));
    filter.setShow(EvalFilterModel::Show::Failures);
    QCOMPARE(rows(), (QList<int>{0, 2, 3, 4}));
    filter.setShow(EvalFilterModel::Show::Disagreements);
    QCOMPARE(rows(), (QList<int>{0, 4}));
    // A result arriving moves its row in or out.
    source.set(1, 1, u"fail"_s);
    QCOMPARE(rows(), (QList<int>{0, 1, 4}));
    filter.setShow(EvalFilterModel::Show::All);
    QCOMPARE(filter.rowCount(), 6);
}

QTEST_MAIN(TstEvalFilter)
#include "tst_evalfilter.moc"
