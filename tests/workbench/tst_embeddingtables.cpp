// The embedding inspector's tables as item models, without widgets: what each cell shows, the
// figure behind it (Qt::UserRole), alignment, tooltips and headers.

#include "embeddingmodel.h"
#include "embeddingtables.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

QString cell(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole) {
    return m.index(row, column).data(role).toString();
}

bool rightAligned(const QAbstractItemModel& m, int row, int column) {
    return m.index(row, column).data(Qt::TextAlignmentRole).toInt() ==
           int(Qt::AlignRight | Qt::AlignVCenter);
}

QStringList headers(const QAbstractItemModel& m) {
    QStringList out;
    for (int c = 0; c < m.columnCount(); ++c)
        out.append(m.headerData(c, Qt::Horizontal).toString());
    return out;
}

} // namespace

class TestEmbeddingTables : public QObject {
    Q_OBJECT

private slots:
    void embeddingModelRows() {
        EmbeddingModel m;
        QCOMPARE(m.rowCount(), 0);
        const embed::Vectors v = {{3, 4, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0, 0}};
        m.setData({u"two\nlines"_s, u"one"_s}, {u"a"_s, u"b"_s}, v);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(EmbeddingModel::ColumnCount));
        QCOMPARE(cell(m, 0, EmbeddingModel::InputColumn), u"two lines"_s);
        QCOMPARE(cell(m, 0, EmbeddingModel::InputColumn, Qt::ToolTipRole), u"two\nlines"_s);
        QCOMPARE(cell(m, 1, EmbeddingModel::LabelColumn), u"b"_s);
        QCOMPARE(m.index(0, EmbeddingModel::DimensionColumn).data().toInt(), 7);
        QCOMPARE(cell(m, 0, EmbeddingModel::NormColumn), u"5.0000"_s);
        QCOMPARE(m.index(0, EmbeddingModel::NormColumn).data(Qt::UserRole).toDouble(), 5.0);
        QCOMPARE(cell(m, 0, EmbeddingModel::ValuesColumn),
                 u"3.0000, 4.0000, 0.0000, 0.0000, 0.0000, 0.0000, …"_s);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void dimensionStatistics() {
        DimStatsModel m;
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(headers(m), (QStringList{u"Dimension"_s, u"Mean"_s, u"Std dev"_s}));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setStats(embed::dimensionStats({{1, 2, 3}, {3, 2, -1}}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), int(DimStatsModel::ColumnCount));
        QCOMPARE(cell(m, 2, DimStatsModel::DimensionColumn), u"2"_s);
        QCOMPARE(cell(m, 0, DimStatsModel::MeanColumn), u"2.00000"_s);
        QCOMPARE(cell(m, 0, DimStatsModel::StddevColumn), u"1.00000"_s);
        QCOMPARE(cell(m, 1, DimStatsModel::StddevColumn), u"0.00000"_s);
        QCOMPARE(cell(m, 2, DimStatsModel::MeanColumn), u"1.00000"_s);
        QCOMPARE(m.index(2, DimStatsModel::StddevColumn).data(Qt::UserRole).toDouble(), 2.0);
        for (int c = 0; c < m.columnCount(); ++c)
            QVERIFY(rightAligned(m, 0, c));
        QVERIFY(!m.index(3, 0).data().isValid());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void neighboursRankedBestFirst() {
        NeighbourModel m;
        QCOMPARE(headers(m), (QStringList{u"Rank"_s, u"Cosine"_s, u"Label"_s, u"Input"_s}));
        const QStringList texts = {u"zero"_s, u"one\nwith a break"_s, u"two"_s};
        m.setNeighbours({{1, 0.98765}, {2, -0.5}}, texts);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 0, NeighbourModel::RankColumn), u"1"_s);
        QCOMPARE(cell(m, 0, NeighbourModel::CosineColumn), u"0.9877"_s);
        QCOMPARE(cell(m, 0, NeighbourModel::InputColumn), u"one with a break"_s);
        QCOMPARE(cell(m, 0, NeighbourModel::InputColumn, Qt::ToolTipRole), texts[1]);
        QCOMPARE(cell(m, 1, NeighbourModel::RankColumn), u"2"_s);
        QCOMPARE(cell(m, 1, NeighbourModel::CosineColumn), u"-0.5000"_s);
        QCOMPARE(m.index(1, NeighbourModel::CosineColumn).data(Qt::UserRole).toDouble(), -0.5);
        QCOMPARE(m.index(1, NeighbourModel::InputColumn).data(Qt::UserRole).toInt(), 2);
        QCOMPARE(m.inputRow(0), 1);
        QCOMPARE(m.inputRow(5), -1);
        QVERIFY(rightAligned(m, 0, NeighbourModel::CosineColumn));
        QVERIFY(!rightAligned(m, 0, NeighbourModel::InputColumn));
        QCOMPARE(m.neighbours().size(), 2);
        QVERIFY(!m.hasLabels());
        // With labels, each neighbour's label has a column of its own.
        m.setNeighbours({{1, 0.9}, {2, 0.1}}, texts, {u"a"_s, u"b"_s, QString()});
        QVERIFY(m.hasLabels());
        QCOMPARE(cell(m, 0, NeighbourModel::LabelColumn), u"b"_s);
        QCOMPARE(cell(m, 1, NeighbourModel::LabelColumn), QString());
        m.setNeighbours({{1, 0.9}}, texts, {QString(), QString(), QString()});
        QVERIFY(!m.hasLabels());
    }

    void longInputsAreCut() {
        NeighbourModel m;
        const QString longText(500, u'x');
        m.setNeighbours({{0, 1.0}}, {longText});
        const QString shown = cell(m, 0, NeighbourModel::InputColumn);
        QCOMPARE(shown.size(), 200);
        QVERIFY(shown.endsWith(u"…"_s));
        QCOMPARE(cell(m, 0, NeighbourModel::InputColumn, Qt::ToolTipRole), longText);
    }

    void agreementPerInput() {
        AgreementModel m;
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.agreement());
        QCOMPARE(headers(m), (QStringList{u"Input"_s, u"Top-k overlap"_s, u"Rank correlation"_s}));
        embed::SpaceAgreement g;
        g.k = 2;
        g.overlap = {1.0, 0.5, 0.0};
        g.spearman = {0.9999, 0.25, -1.0};
        m.setAgreement(g, {u"a"_s, u"b"_s, u"c"_s});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(cell(m, 0, AgreementModel::InputColumn), u"a"_s);
        QCOMPARE(cell(m, 0, AgreementModel::OverlapColumn), u"100%"_s);
        QCOMPARE(cell(m, 1, AgreementModel::OverlapColumn), u"50%"_s);
        QCOMPARE(cell(m, 0, AgreementModel::CorrelationColumn), u"1.000"_s);
        QCOMPARE(cell(m, 2, AgreementModel::CorrelationColumn), u"-1.000"_s);
        QCOMPARE(m.index(1, AgreementModel::OverlapColumn).data(Qt::UserRole).toDouble(), 0.5);
        QCOMPARE(m.agreement()->k, 2);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.agreement());
    }

    void rerankOrderedByScore() {
        RerankModel m;
        QCOMPARE(headers(m), (QStringList{u"Rank"_s, u"Score"_s, u"#"_s, u"Document"_s}));
        const QStringList docs = {u"cats"_s, u"invoice overdue"_s, u"weather"_s, u"tie"_s};
        // As a server may send them: not in score order, with a tie.
        m.setResults({{0, 0.1}, {1, 0.9}, {2, 0.4}, {3, 0.4}}, docs);
        QCOMPARE(m.rowCount(), 4);
        QList<int> order;
        for (const RerankResult& r : m.results())
            order.append(r.index);
        QCOMPARE(order, (QList<int>{1, 2, 3, 0})); // ties keep the server's order
        QCOMPARE(cell(m, 0, RerankModel::RankColumn), u"1"_s);
        QCOMPARE(cell(m, 0, RerankModel::ScoreColumn), u"0.9000"_s);
        QCOMPARE(cell(m, 0, RerankModel::IndexColumn), u"2"_s);
        QCOMPARE(cell(m, 0, RerankModel::DocumentColumn), u"invoice overdue"_s);
        QCOMPARE(cell(m, 3, RerankModel::DocumentColumn), u"cats"_s);
        QCOMPARE(m.index(3, RerankModel::ScoreColumn).data(Qt::UserRole).toDouble(), 0.1);
        QCOMPARE(m.documents(), docs);
        QVERIFY(rightAligned(m, 0, RerankModel::IndexColumn));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_MAIN(TestEmbeddingTables)
#include "tst_embeddingtables.moc"
