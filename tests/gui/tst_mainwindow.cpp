// The main window against the real Secret Service (gnome-keyring under dbus-run-session, as ./test
// runs it): a key added with a workload lands in the keyring and in no file under HOME; the guard
// flags a pasted control token and offers the fix for a trailing newline; without a keychain the
// session-only banner appears and nothing is written; a restart restores workloads and selection.

#include "hooks.h"
#include "keyfield.h"
#include "keystore.h"
#include "keyvault.h"
#include "mainwindow.h"
#include "verdictview.h"
#include "workloaddialog.h"
#include "workloadpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
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
QString newKey(const QString& prefix = QStringLiteral("ik_live_")) {
    return prefix + hex(8) + u'_' + hex(64);
}
QString secretOf(const QString& key) {
    return key.section(u'_', 3);
}

// Every file under HOME, read as bytes: the secret must be in none of them.
QStringList filesHolding(const QByteArray& needle) {
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

// A keychain that does not answer, or refuses writes, until told otherwise.
class FakeKeychain : public KeyStore {
    Q_OBJECT
public:
    using KeyStore::KeyStore;
    KeyStoreResult::Status failure = KeyStoreResult::Status::Unavailable;
    bool working = false;
    MemoryKeyStore inner;
    int writes = 0;
    QString name() const override { return QStringLiteral("fake"); }
    void read(const QString& account, Callback done) override {
        if (working)
            return inner.read(account, done);
        // A locked keyring reads as "not found"; no Secret Service fails outright.
        fail(done, failure == KeyStoreResult::Status::AccessDenied
                       ? KeyStoreResult::Status::NotFound
                       : failure);
    }
    void write(const QString& account, const QString& secret, Callback done) override {
        if (working) {
            ++writes;
            return inner.write(account, secret, done);
        }
        fail(done, failure);
    }
    void remove(const QString& account, Callback done) override {
        if (working)
            return inner.remove(account, done);
        fail(done, failure == KeyStoreResult::Status::AccessDenied ? KeyStoreResult::Status::Ok
                                                                   : failure);
    }

private:
    void fail(Callback done, KeyStoreResult::Status status) {
        QTimer::singleShot(0, this, [done, status] {
            KeyStoreResult r;
            r.status = status;
            r.message = QStringLiteral("simulated");
            done(r);
        });
    }
};

WorkloadDialog* openAddDialog(MainWindow& window) {
    window.findChild<QAction*>(QStringLiteral("actionAdd"))->trigger();
    WorkloadDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = window.findChild<WorkloadDialog*>(QStringLiteral("workloadDialog"))));
    }();
    return dialog;
}

void type(QWidget* root, const char* name, const QString& text) {
    auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void fillDialog(WorkloadDialog* d, const QString& name, const QString& base, const QString& project,
                const QString& slug, const QString& key) {
    type(d, "nameEdit", name);
    type(d, "baseUrlEdit", base);
    type(d, "projectEdit", project);
    type(d, "slugEdit", slug);
    if (!key.isEmpty())
        QTest::keyClicks(d->findChild<KeyField*>(QStringLiteral("keyField"))->lineEdit(), key);
}

void clickOk(WorkloadDialog* d) {
    auto* ok = d->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QString m_project = QStringLiteral("gui") + hex(6).toLower();
    QString m_key = newKey();
    QString m_firstId;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        for (const char* v :
             {"INFERENCEKEY_BASE_URL", "INFERENCEKEY_PROJECT", "INFERENCEKEY_API_KEY"})
            qunsetenv(v);
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        QVERIFY2(QDir::homePath().startsWith(QDir::tempPath()),
                 "run under a throwaway HOME (see ./test): this test walks every file in it");
    }

    void addWorkloadPutsKeyInKeyringOnly() {
        MainWindow window(MainWindow::Options{nullptr, {}, nullptr, false});
        window.show();
        WorkloadDialog* d = openAddDialog(window);
        fillDialog(d, QStringLiteral("Support bot"), QStringLiteral("https://api.example.test"),
                   m_project, QStringLiteral("support-bot"), m_key);
        QCOMPARE(
            d->findChild<QLabel*>(QStringLiteral("endpointPreview"))->text(),
            QStringLiteral("https://api.example.test/endpoint/%1/support-bot/v1/chat/completions")
                .arg(m_project));
        // The masked field never shows the key.
        QCOMPARE(d->findChild<KeyField*>(QStringLiteral("keyField"))->lineEdit()->echoMode(),
                 QLineEdit::Password);
        clickOk(d);

        const QString account = QStringLiteral("api.example.test/%1/support-bot").arg(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(window.vault()->info(account).state, KeyState::Stored, 15000);
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("keychainBanner"))->isVisible());
        QCOMPARE(window.currentWorkload()->account(), account);
        m_firstId = window.currentWorkload()->id;

        // Read back through the key store, as another process would.
        KeychainKeyStore store;
        std::optional<KeyStoreResult> read;
        store.read(account, [&](const KeyStoreResult& r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QVERIFY2(read->ok(),
                 qPrintable(QStringLiteral("%1 %2").arg(int(read->status)).arg(read->message)));
        QCOMPARE(read->secret, m_key);

        // And as a person would, with secret-tool.
        QProcess tool;
        tool.start(
            QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), account});
        QVERIFY(tool.waitForFinished(15000));
        const QString listed =
            QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        qDebug().noquote() << redactSecrets(listed);
        // Labelled with what it is for, so a keyring manager tells the entries apart.
        const QStringList parts = account.split(u'/');
        QVERIFY2(listed.contains(QStringLiteral("label = InferenceKey key for %1/%2 on %3")
                                     .arg(parts[1], parts[2], parts[0])),
                 qPrintable(redactSecrets(listed)));
        QVERIFY(listed.contains(QStringLiteral("attribute.server = ik-playground")));
        QVERIFY(listed.contains(secretOf(m_key))); // secret-tool prints it: the keyring holds it
        QVERIFY(listed.contains(account));

        // The sidebar shows it stored, with a green verdict.
        QTRY_VERIFY(window.findChild<VerdictView*>(QStringLiteral("panelVerdict"))->levelName() ==
                    QStringLiteral("ok"));

        window.close();
        // The definitions file exists, and no file under HOME holds the secret.
        QFile file(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/workloads.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("support-bot"));
        const QStringList hits = filesHolding(secretOf(m_key).toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    }

    void pastedControlTokenIsBlocked() {
        MainWindow window(MainWindow::Options{nullptr, {}, nullptr, false});
        window.show();
        QVERIFY(window.selectWorkload(m_firstId));
        auto* panel = window.panel();
        panel->setExpanded(true); // the key editor below the header's line
        auto* field = panel->findChild<KeyField*>(QStringLiteral("panelKeyField"));
        auto* verdict = panel->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
        auto* test = panel->findChild<QPushButton*>(QStringLiteral("testConnection"));
        QTRY_COMPARE_WITH_TIMEOUT(field->key(), m_key, 15000);
        QCOMPARE(verdict->levelName(), QStringLiteral("ok"));
        QVERIFY(test->isEnabled());

        QGuiApplication::clipboard()->setText(newKey(QStringLiteral("ik_sdk_")));
        field->lineEdit()->setFocus();
        field->lineEdit()->selectAll();
        QTest::keySequence(field->lineEdit(), QKeySequence::Paste);
        QVERIFY(field->key().startsWith(QStringLiteral("ik_sdk_")));
        QCOMPARE(verdict->levelName(), QStringLiteral("block"));
        QVERIFY2(verdict->text().contains(QStringLiteral("Wrong credential type")),
                 qPrintable(verdict->text()));
        QVERIFY(verdict->text().contains(QStringLiteral("control token")));
        QVERIFY(!test->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionTest"))->isEnabled());
        QVERIFY(!panel->canSend());
        QVERIFY(!verdict->text().contains(secretOf(field->key())));
    }

    void trailingNewlineIsOfferedItsFix() {
        MainWindow window(MainWindow::Options{nullptr, {}, nullptr, false});
        window.show();
        QVERIFY(window.selectWorkload(m_firstId));
        auto* panel = window.panel();
        panel->setExpanded(true); // the key editor below the header's line
        auto* field = panel->findChild<KeyField*>(QStringLiteral("panelKeyField"));
        auto* verdict = panel->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
        auto* note = panel->findChild<QLabel*>(QStringLiteral("pasteNote"));
        QTRY_COMPARE_WITH_TIMEOUT(field->key(), m_key, 15000);

        // Typed or dropped in as is: blocked, with the fix offered.
        field->setKey(m_key + QStringLiteral("\n"));
        QCOMPARE(verdict->levelName(), QStringLiteral("block"));
        auto* fix = verdict->findChild<QPushButton*>(QStringLiteral("applyFix"));
        QVERIFY(fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(field->key(), m_key);
        QCOMPARE(verdict->levelName(), QStringLiteral("ok"));
        QVERIFY(note->isVisible());

        // Pasted: cleaned up on the way in, and the note says what changed.
        field->setKey({});
        QGuiApplication::clipboard()->setText(QStringLiteral("  Bearer ") + m_key +
                                              QStringLiteral("\n"));
        field->lineEdit()->setFocus();
        QTest::keySequence(field->lineEdit(), QKeySequence::Paste);
        QCOMPARE(field->key(), m_key);
        QVERIFY(note->isVisible());
        QVERIFY(!note->text().isEmpty());
        QVERIFY(!note->text().contains(secretOf(m_key)));
        QCOMPARE(verdict->levelName(), QStringLiteral("ok"));
    }

    void restartRestoresWorkloadsAndSelection() {
        QString secondId;
        {
            MainWindow window(MainWindow::Options{nullptr, {}, nullptr, false});
            window.show();
            WorkloadDialog* d = openAddDialog(window);
            fillDialog(d, QStringLiteral("Billing"), QStringLiteral("https://api.example.test"),
                       m_project, QStringLiteral("billing"), {});
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("kindCombo"));
            kind->setCurrentIndex(kind->findData(int(WorkloadKind::Embedding)));
            clickOk(d);
            QTRY_COMPARE(window.workloads().size(), 2);
            QCOMPARE(window.currentWorkload()->slug, QStringLiteral("billing"));
            secondId = window.currentWorkload()->id;
            window.resize(1111, 777);
            window.close();
        }
        MainWindow again(MainWindow::Options{nullptr, {}, nullptr, false});
        again.show();
        QCOMPARE(again.workloads().size(), 2);
        QVERIFY(again.currentWorkload());
        QCOMPARE(again.currentWorkload()->id, secondId);
        QCOMPARE(again.currentWorkload()->kind, WorkloadKind::Embedding);
        QCOMPARE(again.size(), QSize(1111, 777));
        // The key of the first one is still found in the keyring.
        const QString account = QStringLiteral("api.example.test/%1/support-bot").arg(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(again.vault()->info(account).state, KeyState::Stored, 15000);
    }

    void editMovesAndRemoveDeletesTheKeyEntry() {
        MainWindow window(MainWindow::Options{nullptr, {}, nullptr, false});
        window.show();
        QVERIFY(window.selectWorkload(m_firstId));
        const QString from = window.currentWorkload()->account();
        QTRY_COMPARE_WITH_TIMEOUT(window.vault()->info(from).state, KeyState::Stored, 15000);
        window.findChild<QAction*>(QStringLiteral("actionEdit"))->trigger();
        WorkloadDialog* d = nullptr;
        QTRY_VERIFY((d = window.findChild<WorkloadDialog*>(QStringLiteral("workloadDialog"))));
        type(d, "slugEdit", QStringLiteral("support-bot-2"));
        clickOk(d);
        const QString to = QStringLiteral("api.example.test/%1/support-bot-2").arg(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(window.vault()->info(to).state, KeyState::Stored, 15000);
        KeychainKeyStore store;
        std::optional<KeyStoreResult> old, moved;
        store.read(from, [&](const KeyStoreResult& r) { old = r; });
        store.read(to, [&](const KeyStoreResult& r) { moved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(old && moved, 15000);
        QCOMPARE(old->status, KeyStoreResult::Status::NotFound);
        QCOMPARE(moved->secret, m_key);

        QVERIFY(window.selectWorkload(m_firstId));
        window.findChild<QAction*>(QStringLiteral("actionRemove"))->trigger();
        QCOMPARE(window.workloads().size(), 1);
        std::optional<KeyStoreResult> gone;
        QTRY_VERIFY_WITH_TIMEOUT(window.vault()->info(to).state == KeyState::Missing, 15000);
        store.read(to, [&](const KeyStoreResult& r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 15000);
        QCOMPARE(gone->status, KeyStoreResult::Status::NotFound);
    }

    void environmentIsOfferedNeverSilent() {
        QTemporaryDir dir;
        const QString key = newKey();
        qputenv("INFERENCEKEY_BASE_URL", "https://env.example.test/");
        qputenv("INFERENCEKEY_PROJECT", m_project.toUtf8());
        qputenv("INFERENCEKEY_API_KEY", (key + QStringLiteral("\n")).toUtf8());
        QSettings().remove(QStringLiteral("environment/offered"));
        MemoryKeyStore keychain;
        {
            MainWindow window(MainWindow::Options{&keychain, dir.filePath(QStringLiteral("w.json")),
                                                  nullptr, true});
            window.show();
            auto* bar = window.findChild<QWidget*>(QStringLiteral("envBar"));
            QVERIFY(bar->isVisible());
            const QString text = window.findChild<QLabel*>(QStringLiteral("envText"))->text();
            QVERIFY(text.contains(m_project));
            QVERIFY(!text.contains(secretOf(key)));
            QCOMPARE(window.workloads().size(), 0); // nothing imported silently
            // The key is used only when ticked.
            auto* useKey = window.findChild<QCheckBox*>(QStringLiteral("envUseKey"));
            QVERIFY(!useKey->isChecked());
            QTest::mouseClick(useKey, Qt::LeftButton);
            QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("envAdd")),
                              Qt::LeftButton);
            WorkloadDialog* d = nullptr;
            QTRY_VERIFY((d = window.findChild<WorkloadDialog*>(QStringLiteral("workloadDialog"))));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->text(),
                     QStringLiteral("https://env.example.test/"));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("projectEdit"))->text(), m_project);
            QCOMPARE(d->key(), key); // the trailing newline cleaned up
            type(d, "slugEdit", QStringLiteral("from-env"));
            clickOk(d);
            const QString account = QStringLiteral("env.example.test/%1/from-env").arg(m_project);
            QTRY_COMPARE(window.vault()->info(account).state, KeyState::Stored);
            QVERIFY(keychain.contains(account));
            QVERIFY(!bar->isVisible());
        }
        {
            // Offered on the first start only.
            MainWindow again(MainWindow::Options{&keychain, dir.filePath(QStringLiteral("w.json")),
                                                 nullptr, true});
            again.show();
            QVERIFY(!again.findChild<QWidget*>(QStringLiteral("envBar"))->isVisible());
        }
        for (const char* v :
             {"INFERENCEKEY_BASE_URL", "INFERENCEKEY_PROJECT", "INFERENCEKEY_API_KEY"})
            qunsetenv(v);
    }

    void exportAndImportHoldNoKeys() {
        QTemporaryDir dir;
        MemoryKeyStore keychain;
        const QString exported = dir.filePath(QStringLiteral("export.json"));
        QString informed;
        hooks().saveFile = [&](QWidget*, const QString&, const QString&) { return exported; };
        hooks().openFile = [&](QWidget*, const QString&, const QString&) { return exported; };
        hooks().inform = [&](QWidget*, const QString&, const QString& text) { informed = text; };
        const QString key = newKey();
        {
            MainWindow window(MainWindow::Options{&keychain, dir.filePath(QStringLiteral("a.json")),
                                                  nullptr, false});
            window.show();
            WorkloadDialog* d = openAddDialog(window);
            fillDialog(d, QStringLiteral("Exported"), QStringLiteral("https://api.example.test"),
                       m_project, QStringLiteral("exported"), key);
            clickOk(d);
            QTRY_VERIFY(
                keychain.contains(QStringLiteral("api.example.test/%1/exported").arg(m_project)));
            window.findChild<QAction*>(QStringLiteral("actionExport"))->trigger();
        }
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        QVERIFY(json.contains("exported"));
        QVERIFY(!json.contains(secretOf(key).toUtf8()));
        // Someone adds a key to the file by hand: the import refuses that field and says why.
        json.replace("\"slug\": \"exported\"",
                     "\"slug\": \"exported\", \"api_key\": \"" + key.toUtf8() + "\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        MainWindow other(
            MainWindow::Options{&keychain, dir.filePath(QStringLiteral("b.json")), nullptr, false});
        other.show();
        other.findChild<QAction*>(QStringLiteral("actionImportFile"))->trigger();
        QCOMPARE(other.workloads().size(), 1);
        QVERIFY2(informed.contains(QStringLiteral("\"api_key\" refused")), qPrintable(informed));
        QVERIFY(!informed.contains(secretOf(key)));
        QFile b(dir.filePath(QStringLiteral("b.json")));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QVERIFY(!b.readAll().contains(secretOf(key).toUtf8()));
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
    }

    void withoutKeychainKeysAreSessionOnly_data() {
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("says");
        QTest::newRow("no Secret Service")
            << int(KeyStoreResult::Status::Unavailable) << QStringLiteral("session only");
        QTest::newRow("locked keyring")
            << int(KeyStoreResult::Status::AccessDenied) << QStringLiteral("keyring locked?");
    }
    void withoutKeychainKeysAreSessionOnly() {
        QFETCH(int, failure);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workloads.json"));
        FakeKeychain keychain;
        keychain.failure = KeyStoreResult::Status(failure);
        const QString key = newKey();
        MainWindow window(MainWindow::Options{&keychain, path, nullptr, false});
        window.show();
        auto* banner = window.findChild<QWidget*>(QStringLiteral("keychainBanner"));
        WorkloadDialog* d = openAddDialog(window);
        fillDialog(d, QStringLiteral("Offline"), QStringLiteral("https://api.example.test"),
                   m_project, QStringLiteral("offline"), key);
        clickOk(d);
        const QString account = QStringLiteral("api.example.test/%1/offline").arg(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(window.vault()->info(account).state, KeyState::SessionOnly,
                                  15000);
        QTRY_VERIFY(banner->isVisible());
        const QString text =
            window.findChild<QLabel*>(QStringLiteral("keychainBannerText"))->text();
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY(window.vault()->sessionOnly());
        // The key still works for this session.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.panel()->findChild<KeyField*>(QStringLiteral("panelKeyField"))->key(), key,
            15000);
        // Nothing written in plaintext anywhere.
        QCOMPARE(keychain.writes, 0);
        QVERIFY(QFile::exists(path));
        QVERIFY2(filesHolding(secretOf(key).toUtf8()).isEmpty(), "a secret reached a file");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(secretOf(key).toUtf8()));

        // The keychain comes back: Retry moves the key into it and the banner goes.
        keychain.working = true;
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("keychainRetry")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.vault()->info(account).state, KeyState::Stored, 15000);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(keychain.writes, 1);
        QVERIFY(keychain.inner.contains(account));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
