// The workload header over the local sandbox: one compact line (name, endpoint, key status, the
// guard's verdict as an icon with its reason on hover, Test connection) that expands on demand
// for editing the key. An edited key is an unsaved draft, marked as such, with Revert; it is the
// key the next send uses; Save stores exactly the field's text or refuses and says why.

#include "hooks.h"
#include "keydrafts.h"
#include "keyfield.h"
#include "keystore.h"
#include "keyvault.h"
#include "mainwindow.h"
#include "sandbox.h"
#include "verdictview.h"
#include "workloadpanel.h"

#include <QClipboard>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

class TstWorkloadHeader : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    MemoryKeyStore m_keychain;
    std::unique_ptr<MainWindow> m_window;

    WorkloadPanel* panel() const { return m_window->panel(); }
    KeyField* field() const {
        return panel()->findChild<KeyField*>(QStringLiteral("panelKeyField"));
    }
    VerdictView* verdict() const {
        return panel()->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
    }
    template <typename T> T* part(const char* name) const {
        return panel()->findChild<T*>(QString::fromLatin1(name));
    }
    QString sandboxId(const char* slug) const {
        return m_window->sandboxWorkloadId(QStringLiteral("acme"), QString::fromLatin1(slug));
    }
    QString demoKey(const char* slug) const {
        return m_window->sandbox()->config().keyFor(QStringLiteral("acme"),
                                                    QString::fromLatin1(slug));
    }
    // What the store holds for the account, read as a send would if there were no draft.
    QString stored(const QString& account) {
        std::optional<QString> secret;
        m_window->vault()->read(
            account, [&](const KeyStoreResult& r) { secret = r.ok() ? r.secret : QString(); });
        [&] { QTRY_VERIFY(secret.has_value()); }();
        return secret.value_or(QStringLiteral("(no answer)"));
    }
    void select(const char* slug) {
        QVERIFY(m_window->selectWorkload(sandboxId(slug)));
        QTRY_COMPARE(field()->key(), demoKey(slug));
    }
    void paste(const QString& text) {
        QGuiApplication::clipboard()->setText(text);
        field()->lineEdit()->setFocus();
        field()->lineEdit()->selectAll();
        QTest::keySequence(field()->lineEdit(), QKeySequence::Paste);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workloadheader"));
        QSettings().clear();
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        m_window = std::make_unique<MainWindow>(MainWindow::Options{
            &m_keychain, m_dir.filePath(QStringLiteral("workloads.json")), nullptr, false});
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_window.reset(); }

    // Collapsed, the header is one line: its height is at most two lines of text and its
    // margins (it cost about 200 px before); expanded, the key editor shows below it.
    void collapsedHeaderIsOneLine() {
        select("support-bot");
        panel()->setExpanded(false);
        QTRY_VERIFY(!part<QWidget>("keyDetails")->isVisible());
        const QMargins m = panel()->contentsMargins();
        const int line = panel()->fontMetrics().lineSpacing();
        const int bound = 2 * line + m.top() + m.bottom() +
                          panel()->layout()->contentsMargins().top() +
                          panel()->layout()->contentsMargins().bottom();
        QTRY_VERIFY(panel()->height() > 0);
        qInfo("collapsed header: %d px (bound %d px, text line %d px)", panel()->height(), bound,
              line);
        QVERIFY2(panel()->height() <= bound, qPrintable(QString::number(panel()->height())));

        // Everything the line promises, readable without expanding.
        auto* title = part<QLabel>("workloadTitle");
        QVERIFY(title->isVisible());
        QVERIFY2(title->text().contains(QStringLiteral("Support bot")), qPrintable(title->text()));
        auto* endpoint = part<QLabel>("workloadEndpoint");
        QVERIFY(endpoint->isVisible());
        QVERIFY(endpoint->toolTip().contains(QStringLiteral("/acme/support-bot/")));
        QVERIFY(part<QLabel>("keySummary")->isVisible());
        QVERIFY(!part<QLabel>("keySummary")->text().isEmpty());
        auto* mark = part<QLabel>("headerVerdict");
        QVERIFY(mark->isVisible());
        QVERIFY(!mark->pixmap().isNull());
        QVERIFY2(mark->toolTip().startsWith(QStringLiteral("Ready")), qPrintable(mark->toolTip()));
        QVERIFY(part<QPushButton>("testConnection")->isVisible());
        QVERIFY(part<QPushButton>("testConnection")->isEnabled());

        // On demand: the toggle opens the key editor and lands in the field.
        const int collapsed = panel()->height();
        QTest::mouseClick(part<QToolButton>("editKeyToggle"), Qt::LeftButton);
        QVERIFY(panel()->isExpanded());
        QTRY_VERIFY(field()->isVisible());
        QTRY_VERIFY(panel()->height() > collapsed);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field()->lineEdit()));
        QTest::mouseClick(part<QToolButton>("editKeyToggle"), Qt::LeftButton);
        QVERIFY(!panel()->isExpanded());
        QTRY_COMPARE(panel()->height(), collapsed);
    }

    // The steps, without the views: a truncated key pasted over a stored one.
    void truncatedPasteIsAnUnsavedDraftThatSaveRefuses() {
        select("support-bot");
        panel()->setExpanded(true);
        const Workload w = *m_window->currentWorkload();
        const QString good = demoKey("support-bot");
        const QString truncated = good.left(good.size() - 16);
        paste(truncated);
        QCOMPARE(field()->key(), truncated);
        QVERIFY(panel()->hasUnsavedKey());
        QCOMPARE(m_window->keyDrafts()->draft(w.account()), std::optional(truncated));
        QCOMPARE(verdict()->levelName(), QStringLiteral("block"));
        QVERIFY2(verdict()->text().contains(QStringLiteral("48 of 64 hex characters")),
                 qPrintable(verdict()->text()));
        QVERIFY(part<QLabel>("headerVerdict")->toolTip().contains(QStringLiteral("48 of 64")));
        QCOMPARE(part<QLabel>("keySummary")->text(), QStringLiteral("Unsaved key"));
        QVERIFY(part<QLabel>("keyState")->text().startsWith(QStringLiteral("Unsaved")));
        QVERIFY(!part<QPushButton>("testConnection")->isEnabled());
        QVERIFY(part<QPushButton>("revertKey")->isEnabled());

        // Save refuses and says why; the store still holds the old key, and nothing else.
        auto* save = part<QPushButton>("saveKey");
        QVERIFY(save->isEnabled());
        QSignalSpy said(panel(), &WorkloadPanel::statusMessage);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(said.size(), 1);
        const QString why = said.first().first().toString();
        QVERIFY2(why.startsWith(QStringLiteral("Not saved")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("48 of 64 hex characters")), qPrintable(why));
        QVERIFY(part<QLabel>("pasteNote")->isVisible());
        QCOMPARE(part<QLabel>("pasteNote")->text(), why);
        QCOMPARE(stored(w.account()), good);
        QVERIFY(!m_keychain.contains(w.account()));
        QCOMPARE(field()->key(), truncated); // nothing is put in its place either
        QVERIFY(panel()->hasUnsavedKey());

        // Revert: the stored key again, no draft, and the header turns green.
        QTest::mouseClick(part<QPushButton>("revertKey"), Qt::LeftButton);
        QCOMPARE(field()->key(), good);
        QVERIFY(!panel()->hasUnsavedKey());
        QVERIFY(!m_window->keyDrafts()->has(w.account()));
        QCOMPARE(verdict()->levelName(), QStringLiteral("ok"));
        QVERIFY(part<QLabel>("keySummary")->text() != QStringLiteral("Unsaved key"));
        QVERIFY(!part<QPushButton>("revertKey")->isEnabled());
        QVERIFY(part<QPushButton>("testConnection")->isEnabled());
    }

    // A draft is the window's, not the field's: it survives picking another workload and back.
    void draftSurvivesAnotherSelection() {
        select("support-bot");
        const QString other = demoKey("billing"); // well formed, another workload's
        field()->setKey(other);
        QVERIFY(panel()->hasUnsavedKey());
        select("billing");
        QVERIFY(!panel()->hasUnsavedKey());
        QVERIFY(m_window->selectWorkload(sandboxId("support-bot")));
        QCOMPARE(field()->key(), other);
        QVERIFY(panel()->hasUnsavedKey());
        QCOMPARE(part<QLabel>("keySummary")->text(), QStringLiteral("Unsaved key"));
        panel()->revertKey();
        QTRY_COMPARE(field()->key(), demoKey("support-bot"));
        QVERIFY(!panel()->hasUnsavedKey());
    }

    // Save stores exactly what the field shows (here into the keychain) and the draft is gone.
    void saveStoresExactlyTheField() {
        select("search");
        const Workload w = *m_window->currentWorkload();
        const QString shown = demoKey("billing");
        QVERIFY(shown != demoKey("search"));
        field()->setKey(shown);
        QVERIFY(panel()->hasUnsavedKey());
        QSignalSpy said(panel(), &WorkloadPanel::statusMessage);
        panel()->saveKey();
        QTRY_VERIFY(m_keychain.contains(w.account()));
        QTRY_VERIFY(!panel()->hasUnsavedKey());
        QCOMPARE(stored(w.account()), shown);
        QCOMPARE(field()->key(), shown);
        QCOMPARE(m_window->vault()->info(w.account()).state, KeyState::Stored);
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.last().first().toString().contains(QStringLiteral("keychain")),
                 qPrintable(said.last().first().toString()));
    }
};

QTEST_MAIN(TstWorkloadHeader)
#include "tst_workloadheader.moc"
