// The dialogs as they open: sized to what they hold, every finding of the guard on screen (not
// only in a tooltip), and no label cut off at the size the dialog opens at, in the window's
// default font.

#include "guard.h"
#include "importdialog.h"
#include "keyfield.h"
#include "verdictview.h"
#include "workloaddialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QUuid>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

namespace {

QString hex(int n) {
    QString s;
    while (s.size() < n)
        s += QUuid::createUuid().toString(QUuid::Id128);
    return s.left(n);
}

// Labels on show whose text does not fit their geometry: wrapped ones need more height than they
// have at their width, unwrapped ones more width or height than they have.
QStringList clippedLabels(QWidget* root) {
    QStringList clipped;
    for (QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->isVisibleTo(root) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        const QSize hint = l->sizeHint();
        const bool tooShort = l->wordWrap() ? l->heightForWidth(l->width()) > l->height()
                                            : hint.height() > l->height();
        const bool tooNarrow = !l->wordWrap() && hint.width() > l->width();
        if (tooShort || tooNarrow)
            clipped.append(QStringLiteral("%1 (%2x%3, needs %4x%5): %6")
                               .arg(l->objectName())
                               .arg(l->width())
                               .arg(l->height())
                               .arg(hint.width())
                               .arg(l->wordWrap() ? l->heightForWidth(l->width()) : hint.height())
                               .arg(l->text().left(60)));
    }
    return clipped;
}

// The text of every label on show, the way a reader of the dialog sees it.
QString visibleText(QWidget* root) {
    QStringList texts;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->isVisibleTo(root))
            texts.append(l->text());
    return texts.join(u'\n');
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TstDialogs : public QObject {
    Q_OBJECT

private slots:
    // A control token typed for a workload on plain HTTP: two blocks. Both reasons and both fixes
    // are on screen, whole, at the size the dialog opens at.
    void workloadDialogShowsEveryFindingWhole() {
        CredentialGuard guard;
        Workload w;
        w.kind = WorkloadKind::Chat;
        WorkloadDialog dialog(WorkloadDialog::Mode::Add, w, &guard, false);
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Bot"));
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit")),
                 QStringLiteral("http://models.example.com"));
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("projectEdit")),
                 QStringLiteral("acme"));
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("slugEdit")),
                 QStringLiteral("support-bot"));
        dialog.setKey(QStringLiteral("ik_sdk_") + hex(8) + u'_' + hex(64));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* verdictView = dialog.findChild<VerdictView*>(QStringLiteral("verdict"));
        QVERIFY(verdictView);
        const GuardVerdict& verdict = verdictView->verdict();
        QVERIFY2(verdict.blocks.size() + verdict.warnings.size() >= 2,
                 qPrintable(verdict.details()));
        const QString shown = visibleText(&dialog);
        for (const GuardFinding& f : verdict.blocks + verdict.warnings) {
            QVERIFY2(shown.contains(f.reason), qPrintable(f.reason + u'\n' + shown));
            QVERIFY2(shown.contains(f.fix), qPrintable(f.fix + u'\n' + shown));
        }
        QVERIFY2(!shown.contains(QLatin1String("see tooltip")), qPrintable(shown));
        const QStringList clipped = clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        // Wide enough to read a reason in a few lines, not a word a line.
        QVERIFY2(verdictView->width() >= 360, qPrintable(QString::number(verdictView->width())));
    }

    // The same while typing: a verdict that grows after the dialog opened is not cut off either.
    void workloadDialogGrowsWithItsVerdict() {
        CredentialGuard guard;
        Workload w;
        w.kind = WorkloadKind::Chat;
        w.name = QStringLiteral("Bot");
        w.project = QStringLiteral("acme");
        w.slug = QStringLiteral("support-bot");
        WorkloadDialog dialog(WorkloadDialog::Mode::Add, w, &guard, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit")),
                 QStringLiteral("http://models.example.com"));
        QTest::keyClicks(dialog.findChild<KeyField*>(QStringLiteral("keyField"))->lineEdit(),
                         QStringLiteral("ik_sdk_") + hex(8) + u'_' + hex(64));
        QCoreApplication::sendPostedEvents();
        QTest::qWait(50);
        const GuardVerdict& verdict =
            dialog.findChild<VerdictView*>(QStringLiteral("verdict"))->verdict();
        QVERIFY(verdict.blocks.size() + verdict.warnings.size() >= 2);
        const QString shown = visibleText(&dialog);
        for (const GuardFinding& f : verdict.blocks + verdict.warnings)
            QVERIFY2(shown.contains(f.reason), qPrintable(f.reason + u'\n' + shown));
        const QStringList clipped = clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }

    void importDialogLabelsFit() {
        QNetworkAccessManager nam;
        ImportDialog dialog(&nam, QStringLiteral("https://api.inferencekey.com"),
                            QStringLiteral("acme"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList clipped = clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TstDialogs)
#include "tst_dialogs.moc"
