// Images in the playground, offscreen, against an in-process sandbox over loopback: attaching
// by the file button (its hook pre-answered), by paste and by drop; the thumbnails a user sees;
// the answer naming each image's format and size; a text file refused with the message shown.
#include "attachmentbar.h"
#include "attachments.h"
#include "conversationmodel.h"
#include "history.h"
#include "inspector.h"
#include "playgroundview.h"
#include "runsession.h"
#include "sandbox.h"
#include "streamview.h"
#include "thumbnails.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TstPlaygroundImages : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;
    QStringList m_answerPaths; // what the open-files hook answers

    PlaygroundView* makeView() {
        m_view.reset();
        m_services = SessionServices();
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload&, std::function<void(QString)> done) {
            QTimer::singleShot(0, [done, key = m_key] { done(key); });
        };
        m_services.history = m_history.get();
        m_view = std::make_unique<PlaygroundView>(&m_services);
        Workload w;
        w.id = u"wl-support-bot"_s;
        w.name = u"Support bot"_s;
        w.baseUrl = m_sandbox->baseUrl();
        w.project = u"acme"_s;
        w.slug = u"support-bot"_s;
        w.kind = WorkloadKind::Chat;
        m_view->setWorkload(w);
        m_view->setOpenImagesHook(
            [this](const QString&, std::function<void(QStringList)> done) { done(m_answerPaths); });
        m_view->resize(1024, 700);
        m_view->show();
        return m_view.get();
    }

    // A real image file written by Qt's own encoders.
    QString imageFile(const QString& name, int w, int h, const char* format) {
        QImage image(w, h, QImage::Format_RGB32);
        image.fill(QColor(0x30, 0x80, 0xc0));
        const QString path = m_dir->filePath(name);
        if (!image.save(path, format))
            qFatal("cannot write %s", qPrintable(name));
        return path;
    }

    QList<QLabel*> thumbnails(PlaygroundView* view) {
        return view->attachmentBar()->strip()->findChildren<QLabel*>(u"thumbnail"_s);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_sandbox->setTokensPerSecond(0);
        m_key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        QSettings().clear();
    }

    void cleanup() {
        m_view.reset();
        m_history.reset();
    }

    void attachedImagesAreShownSentAndNamed() {
        PlaygroundView* view = makeView();
        m_answerPaths = {imageFile(u"chart.png"_s, 64, 32, "PNG"),
                         imageFile(u"photo.jpg"_s, 48, 40, "JPG")};
        view->findChild<QToolButton*>(u"attachImage"_s)->click();
        QCOMPARE(view->attachments()->count(), 2);
        const QList<QLabel*> thumbs = thumbnails(view);
        QCOMPARE(thumbs.size(), 2);
        QVERIFY(thumbs[0]->isVisible());
        QCOMPARE(thumbs[0]->pixmap().size(), QSize(56, 28)); // 64×32 scaled to fit 56
        QVERIFY(thumbs[0]->toolTip().startsWith(u"chart.png · PNG, 64×32, "_s));
        QVERIFY(thumbs[1]->toolTip().startsWith(u"photo.jpg · JPEG, 48×40, "_s));
        if (const QString dir = qEnvironmentVariable("IK_SCREENSHOT_DIR"); !dir.isEmpty())
            view->grab().save(dir + u"/composer-attachments.png"_s);

        view->setPrompt(u"What are these?"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        QTest::keyClick(view->findChild<QPlainTextEdit*>(u"prompt"_s), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY(ended.wait(20000));
        QCOMPARE(view->answerView()->text(), u"Image 1: PNG, 64×32. Image 2: JPEG, 48×40."_s);

        // On the wire: text, then one image_url part per image.
        const QJsonArray parts = QJsonDocument::fromJson(view->currentRun()->record().requestBody)
                                     .object()[u"messages"][0][u"content"]
                                     .toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0][u"text"].toString(), u"What are these?"_s);
        QVERIFY(parts[1][u"image_url"][u"url"].toString().startsWith(u"data:image/png;base64,"_s));
        QVERIFY(parts[2][u"image_url"][u"url"].toString().startsWith(u"data:image/jpeg;base64,"_s));

        // The inspector notes each image's size instead of showing its base64.
        const QString inspected = view->inspectorView()->requestText();
        QVERIFY(inspected.contains(u"data:image/png;base64,…("_s));
        QVERIFY(inspected.contains(u"of base64 data left out)"_s));
        QVERIFY(!inspected.contains(parts[1][u"image_url"][u"url"].toString().mid(22, 40)));

        // The turn keeps its images, the composer is emptied, the conversation shows them.
        QVERIFY(view->attachments()->isEmpty());
        QVERIFY(thumbnails(view).isEmpty());
        const QModelIndex turn = view->conversation()->index(0, ConversationModel::Text);
        QCOMPARE(turn.data(ConversationModel::ImageCountRole).toInt(), 2);
        QCOMPARE(turn.data().toString(), u"[2 images] What are these?"_s);
        QCOMPARE(view->turns()[0].images[0].width, 64);
        if (const QString dir = qEnvironmentVariable("IK_SCREENSHOT_DIR"); !dir.isEmpty())
            view->grab().save(dir + u"/conversation-images.png"_s);

        // History keeps them with the run; the list carries references only.
        const QList<HistoryRun> listed = m_history->list(u"wl-support-bot"_s);
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed[0].messages.last().images[0].loaded());
        const std::optional<HistoryRun> loaded = m_history->load(listed[0].id);
        QVERIFY(loaded);
        QCOMPARE(loaded->messages.last().images, view->turns()[0].images);

        // Reopened, the asking turn is back in the composer with its images attached.
        view->reopen(listed[0].id);
        QCOMPARE(view->prompt(), u"What are these?"_s);
        QCOMPARE(view->attachments()->images(), loaded->messages.last().images);
        QCOMPARE(thumbnails(view).size(), 2);
        QCOMPARE(view->attachments()->label(0).left(27), u"image 1 from history · PNG,"_s);
    }

    void aTextFileIsRefusedWithTheMessageShown() {
        PlaygroundView* view = makeView();
        const QString notes = m_dir->filePath(u"notes.txt"_s);
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("meeting at noon\n");
        f.close();
        m_answerPaths = {notes};
        view->findChild<QToolButton*>(u"attachImage"_s)->click();
        QVERIFY(view->attachments()->isEmpty());
        const QString message = u"notes.txt is not an image: it looks like plain text. Attach a "
                                "PNG, JPEG, GIF or WebP image of at most 20 MB."_s;
        auto* shown = view->findChild<QLabel*>(u"attachmentError"_s);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), message);
        if (const QString dir = qEnvironmentVariable("IK_SCREENSHOT_DIR"); !dir.isEmpty())
            view->grab().save(dir + u"/composer-refused.png"_s);
        // Sending goes on without it: plain string content.
        view->setPrompt(u"Hello"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        view->send();
        QVERIFY(ended.wait(20000));
        const QJsonValue content = QJsonDocument::fromJson(view->currentRun()->record().requestBody)
                                       .object()[u"messages"][0][u"content"];
        QVERIFY(content.isString());
        m_answerPaths = {imageFile(u"ok.png"_s, 4, 4, "PNG")};
        view->findChild<QToolButton*>(u"attachImage"_s)->click();
        QVERIFY(!shown->isVisible()); // a success clears the refusal
    }

    // A draft keeps an image's reference, not its bytes: such a turn shows a tile naming its
    // format, and sending says what to do instead of sending a turn without its image.
    void aTurnWhoseImageWasNotKeptIsNotSent() {
        PlaygroundView* view = makeView();
        ChatImage reference;
        ChatMessage turn{u"user"_s, u"Look at this"_s};
        QVERIFY(!readImageFile(imageFile(u"r.png"_s, 8, 8, "PNG"), &reference));
        reference.bytes.clear();
        turn.images = {reference};
        view->setTurns({turn});
        QCOMPARE(view->conversation()->index(0, ConversationModel::Text).data().toString(),
                 u"[1 image] Look at this"_s);
        view->setPrompt({});
        view->regenerate();
        QTRY_VERIFY(view->errorCard()->isVisible());
        QCOMPARE(view->errorCard()->message(),
                 u"validation error: messages[0] image 1 (PNG) was not loaded: reopen the run "
                 "from history, or "
                 "attach it again"_s);
        QVERIFY(m_history->list(u"wl-support-bot"_s).isEmpty()); // nothing was sent
    }

    void pasteDropAndRemove() {
        PlaygroundView* view = makeView();
        auto* prompt = view->findChild<QPlainTextEdit*>(u"prompt"_s);
        // Paste of a clipboard image: attached as PNG, nothing inserted as text.
        QImage pasted(20, 10, QImage::Format_RGB32);
        pasted.fill(Qt::red);
        QGuiApplication::clipboard()->setImage(pasted);
        prompt->setFocus();
        QTest::keyClick(prompt, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(view->attachments()->count(), 1);
        QCOMPARE(view->attachments()->label(0),
                 u"pasted image · PNG, 20×10, %1"_s.arg(
                     formatByteSize(view->attachments()->images()[0].size)));
        QVERIFY(prompt->toPlainText().isEmpty());
        // Plain text still pastes as text.
        QGuiApplication::clipboard()->setText(u"just words"_s);
        QTest::keyClick(prompt, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(prompt->toPlainText(), u"just words"_s);
        QCOMPARE(view->attachments()->count(), 1);
        // Drop of a file: its own bytes, a JPEG stays a JPEG.
        const QString jpg = imageFile(u"dropped.jpg"_s, 30, 20, "JPG");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(jpg)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(prompt->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(prompt->viewport(), &drop);
        QCOMPARE(view->attachments()->count(), 2);
        QCOMPARE(view->attachments()->images()[1].mime, u"image/jpeg"_s);
        QCOMPARE(prompt->toPlainText(), u"just words"_s); // no file path inserted
        QCOMPARE(thumbnails(view).size(), 2);
        // The remove button of the first thumbnail.
        view->attachmentBar()
            ->strip()
            ->findChildren<QToolButton*>(u"removeAttachment"_s)[0]
            ->click();
        QCOMPARE(view->attachments()->count(), 1);
        QCOMPARE(view->attachments()->names(), QStringList{u"dropped.jpg"_s});
        QCOMPARE(thumbnails(view).size(), 1);
        // Added as a user turn (no send), the images go with it.
        view->findChild<QPushButton*>(u"addUserTurn"_s)->click();
        QCOMPARE(view->turns().size(), 1);
        QCOMPARE(view->turns()[0].images.size(), 1);
        QVERIFY(view->attachments()->isEmpty());
    }
};

QTEST_MAIN(TstPlaygroundImages)
#include "tst_playgroundimages.moc"
