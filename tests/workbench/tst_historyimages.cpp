// Images in the workbench: the attachments of the turn being composed (every refusal a user
// reads), the conversation's image roles, and history keeping images beside the run without
// putting their bytes in what a history list reads or an export writes.
#include "../testimages.h"
#include "attachments.h"
#include "conversationmodel.h"
#include "history.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;
namespace ti = ik::testimages;

namespace {

ChatImage image(const QByteArray& bytes) {
    ChatImage out;
    if (checkImage(bytes, u"test"_s, &out))
        qFatal("test image refused");
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return path;
}

} // namespace

class TstHistoryImages : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    HistoryRun runWithImages() {
        HistoryRun run;
        run.startedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0));
        run.workloadId = u"wl"_s;
        run.workloadName = u"Support bot"_s;
        ChatMessage first{u"user"_s, u"What is this?"_s};
        first.images = {image(ti::png(64, 32)), image(ti::jpeg(640, 480))};
        ChatMessage second{u"user"_s, u"And this?"_s};
        second.images = {image(ti::gif(3, 5))};
        run.messages = {first, {u"assistant"_s, u"Image 1: PNG, 64×32."_s}, second};
        RunRecord record;
        ChatRequest request;
        request.messages = run.messages;
        record.requestBody = chatBody(request);
        run.record = recordToJson(record);
        return run;
    }

private slots:
    void attachmentsAcceptImagesAndSayWhyNot() {
        QTemporaryDir dir;
        Attachments a;
        QSignalSpy changed(&a, &Attachments::changed);
        QSignalSpy errors(&a, &Attachments::errorChanged);
        QVERIFY(a.addFile(writeFile(dir, u"shot.png"_s, ti::png(64, 32))));
        QCOMPARE(a.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(a.label(0), u"shot.png · PNG, 64×32, %1 B"_s.arg(ti::png(64, 32).size()));
        QVERIFY(!a.addFile(writeFile(dir, u"notes.txt"_s, "meeting at noon\n")));
        QCOMPARE(a.error(), u"notes.txt is not an image: it looks like plain text. Attach a "
                            "PNG, JPEG, GIF or WebP image of at most 20 MB."_s);
        QCOMPARE(a.count(), 1); // what was attached stays
        QCOMPARE(errors.count(), 1);
        QVERIFY(!a.addBytes(QByteArray(kMaxImageBytes + 1, 'x'), u"pasted image"_s));
        QCOMPARE(a.error(), u"pasted image is 20.0 MB: an image may be at most 20 MB. Scale it "
                            "down or save it as JPEG, then attach it again."_s);
        QVERIFY(a.addBytes(ti::gif(2, 2), u"pasted image"_s));
        QVERIFY(a.error().isEmpty()); // a success clears the refusal
        QCOMPARE(a.images()[1].mime, u"image/gif"_s);
        QVERIFY(a.removeAt(0));
        QCOMPARE(a.names(), QStringList{u"pasted image"_s});
        QVERIFY(!a.removeAt(5));
        for (int i = a.count(); i < Attachments::kMaxPerTurn; ++i)
            QVERIFY(a.addBytes(ti::png(1, 1), u"p%1.png"_s.arg(i)));
        QVERIFY(!a.addBytes(ti::png(1, 1), u"one-more.png"_s));
        QCOMPARE(a.error(), u"one-more.png was not attached: a turn holds at most 8 images. "
                            "Remove one first."_s);
        a.clear();
        QVERIFY(a.isEmpty());
        QVERIFY(a.error().isEmpty());
    }

    void conversationRolesCarryImages() {
        ConversationModel model;
        ChatMessage m{u"user"_s, u"Look"_s};
        m.images = {image(ti::png(64, 32))};
        model.append(m);
        model.append(u"assistant"_s, u"A PNG"_s);
        const QModelIndex text = model.index(0, ConversationModel::Text);
        QCOMPARE(text.data(Qt::DisplayRole).toString(), u"[1 image] Look"_s);
        QCOMPARE(text.data(ConversationModel::ImageCountRole).toInt(), 1);
        const QVariantList images = text.data(ConversationModel::ImagesRole).toList();
        QCOMPARE(images.size(), 1);
        const QVariantMap first = images[0].toMap();
        QCOMPARE(first[u"format"_s].toString(), u"PNG"_s);
        QCOMPARE(first[u"width"_s].toInt(), 64);
        QCOMPARE(first[u"bytes"_s].toByteArray(), ti::png(64, 32));
        QCOMPARE(model.index(1, ConversationModel::Text).data(ConversationModel::ImageCountRole),
                 QVariant(0));
        // The draft form keeps a reference only.
        const QByteArray draft = QJsonDocument(model.toJson()).toJson();
        QVERIFY(!draft.contains(ti::png(64, 32).toBase64()));
        QVERIFY(draft.contains(m.images[0].sha256.toLatin1()));
    }

    void historyListsReferencesAndLoadsBytes() {
        History history(m_dir.filePath(u"images.sqlite"_s));
        QVERIFY(history.isOpen());
        const HistoryRun run = runWithImages();
        const qint64 id = history.begin(run);
        QVERIFY(id >= 0);
        HistoryRun end;
        end.answer = u"Image 1: GIF, 3×5."_s;
        end.state = u"done"_s;
        end.record = run.record;
        history.finish(id, end);

        const QList<HistoryRun> listed = history.list(u"wl"_s);
        QCOMPARE(listed.size(), 1);
        const ChatImage ref = listed[0].messages[0].images[1];
        QVERIFY(!ref.loaded()); // the list never carries bytes
        QCOMPARE(ref.mime, u"image/jpeg"_s);
        QCOMPARE(ref.width, 640);
        QCOMPARE(ref.sha256, run.messages[0].images[1].sha256);

        const std::optional<HistoryRun> loaded = history.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->messages[0].images, run.messages[0].images);
        QCOMPARE(loaded->messages[2].images, run.messages[2].images);
        QVERIFY(loaded->messages[1].images.isEmpty());

        // In the database: bytes in run_images, none as base64 in the runs table.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(history.path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*), sum(length(bytes)) FROM run_images"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 3);
            QCOMPARE(q.value(1).toLongLong(),
                     ti::png(64, 32).size() + ti::jpeg(640, 480).size() + ti::gif(3, 5).size());
            QVERIFY(q.exec(u"SELECT messages, record FROM runs"_s) && q.next());
            const QString row = q.value(0).toString() + q.value(1).toString();
            QVERIFY(!row.contains(QString::fromLatin1(ti::png(64, 32).toBase64().left(40))));
            QVERIFY(row.contains(u"base64 data left out"_s));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"peek"_s);

        QVERIFY(history.remove(id));
        QSqlDatabase again = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek2"_s);
        again.setDatabaseName(history.path());
        QVERIFY(again.open());
        {
            QSqlQuery q(again);
            QVERIFY(q.exec(u"SELECT count(*) FROM run_images"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        again.close();
        again = {};
        QSqlDatabase::removeDatabase(u"peek2"_s);
    }

    void exportsNoteImagesWithoutBytes() {
        HistoryRun run = runWithImages();
        run.id = 7;
        run.answer = u"Image 1: GIF, 3×5."_s;
        run.state = u"done"_s;
        const ChatImage& png = run.messages[0].images[0];
        const QString note =
            u"- Image 1: PNG, 64×32, %1 B (sha256 %2)"_s.arg(png.size).arg(png.sha256.left(12));
        const QString base64 = QString::fromLatin1(png.bytes.toBase64().left(40));
        for (const QString& md : {History::toMarkdown(run), History::conversationMarkdown(run)}) {
            QVERIFY2(md.contains(note), qPrintable(md));
            QVERIFY(md.contains(u"- Image 2: JPEG, 640×480"_s));
            QVERIFY(!md.contains(base64));
        }
        for (const QByteArray& json : {History::toJson(run), History::conversationJson(run)}) {
            QVERIFY(!json.contains(base64.toLatin1()));
            QVERIFY(json.contains(png.sha256.toLatin1()));
            QVERIFY(json.size() < 20000);
        }
        const QJsonObject exported = QJsonDocument::fromJson(History::toJson(run)).object();
        QCOMPARE(exported[u"messages"][0][u"images"][0].toObject(),
                 (QJsonObject{{u"mime"_s, u"image/png"_s},
                              {u"size"_s, double(png.size)},
                              {u"width"_s, 64},
                              {u"height"_s, 32},
                              {u"sha256"_s, png.sha256}}));
    }
};

QTEST_GUILESS_MAIN(TstHistoryImages)
#include "tst_historyimages.moc"
