// The sandbox as a vision server, over real loopback sockets: image_url parts holding base64 data
// URLs are read and each image's format and pixel size named in the answer; a part that is no
// image, or whose header cannot be read, gets a 400 in the OpenAI error shape.
#include "../testimages.h"
#include "images.h"
#include "sandbox.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace ik::sandbox;
using namespace Qt::Literals::StringLiterals;
namespace ti = ik::testimages;

namespace {

const QString kChatKey =
    u"ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140"_s;
const QString kChat = u"/endpoint/acme/support-bot/v1/chat/completions"_s;

QJsonObject imagePart(const QString& url) {
    return {{u"type"_s, u"image_url"_s}, {u"image_url"_s, QJsonObject{{u"url"_s, url}}}};
}
QString dataUrl(const char* mime, const QByteArray& bytes) {
    return u"data:%1;base64,"_s.arg(QLatin1String(mime)) + QString::fromLatin1(bytes.toBase64());
}

QByteArray body(const QJsonArray& parts, bool stream = false) {
    return QJsonDocument(
               QJsonObject{{u"model"_s, u"support-bot"_s},
                           {u"stream"_s, stream},
                           {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                                  {u"content"_s, parts}}}}})
        .toJson(QJsonDocument::Compact);
}

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString answer() const { return json()[u"choices"][0][u"message"][u"content"].toString(); }
    QString streamedAnswer() const {
        QString text;
        for (const QByteArray& line : body.split('\n'))
            if (line.startsWith("data: {"))
                text += QJsonDocument::fromJson(line.mid(6))
                            .object()[u"choices"][0][u"delta"][u"content"]
                            .toString();
        return text;
    }
};

} // namespace

class TestSandboxImages : public QObject {
    Q_OBJECT
    Sandbox* sandbox = nullptr;
    QNetworkAccessManager nam;

    Reply post(const QByteArray& payload) {
        QNetworkRequest req(QUrl(sandbox->baseUrl() + kChat));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kChatKey.toUtf8());
        QNetworkReply* reply = nam.post(req, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        delete reply;
        return r;
    }

private slots:
    void initTestCase() {
        sandbox = new Sandbox(Config::builtIn(), this);
        QString error;
        QVERIFY2(sandbox->listen(0, &error), qPrintable(error));
        sandbox->setTokensPerSecond(0);
    }

    void namesEachImage_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("answer");
        QTest::newRow("png") << dataUrl("image/png", ti::png(64, 32)) << "Image 1: PNG, 64×32.";
        QTest::newRow("jpeg") << dataUrl("image/jpeg", ti::jpeg(640, 480))
                              << "Image 1: JPEG, 640×480.";
        QTest::newRow("gif") << dataUrl("image/gif", ti::gif(3, 5)) << "Image 1: GIF, 3×5.";
        QTest::newRow("webp lossy")
            << dataUrl("image/webp", ti::webp("VP8 ", 300, 200)) << "Image 1: WebP, 300×200.";
        QTest::newRow("webp lossless")
            << dataUrl("image/webp", ti::webp("VP8L", 17, 9000)) << "Image 1: WebP, 17×9000.";
        QTest::newRow("webp extended")
            << dataUrl("image/webp", ti::webp("VP8X", 4000, 3000)) << "Image 1: WebP, 4000×3000.";
    }
    void namesEachImage() {
        QFETCH(QString, url);
        QFETCH(QString, answer);
        const QJsonArray parts{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"What is it?"_s}},
                               imagePart(url)};
        const Reply r = post(body(parts));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.answer(), answer);
        const Reply s = post(body(parts, true));
        QCOMPARE(s.status, 200);
        QCOMPARE(s.streamedAnswer(), answer);
    }

    // Two images and no text; the answer numbers them in order.
    void severalImagesWithoutText() {
        const Reply r = post(body({imagePart(dataUrl("image/png", ti::png(2, 3))),
                                   imagePart(dataUrl("image/gif", ti::gif(40, 30)))}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.answer(), u"Image 1: PNG, 2×3. Image 2: GIF, 40×30."_s);
    }

    // The client's own body (core's chatBody) is read the same way.
    void clientBodyIsRead() {
        ik::ChatImage image;
        QVERIFY(!ik::checkImage(ti::png(64, 32), u"shot.png"_s, &image));
        ik::ChatRequest request;
        request.model = u"support-bot"_s;
        ik::ChatMessage m{u"user"_s, u"Describe it"_s};
        m.images = {image};
        request.messages = {m};
        const Reply r = post(ik::chatBody(request));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.answer(), u"Image 1: PNG, 64×32."_s);
    }

    void refusesWhatIsNoImage_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        const auto at = [](const char* m) {
            return u"messages[0].content[1]: "_s + QString::fromUtf8(m);
        };
        QTest::newRow("remote url")
            << "https://example.com/cat.png"
            << at("image_url.url must be a data: URL (data:image/png;base64,...); the sandbox "
                  "fetches nothing");
        QTest::newRow("not base64 form")
            << "data:image/png,abc"
            << at("image_url.url is not a base64 data URL (data:<mime>;base64,<payload>)");
        QTest::newRow("invalid base64")
            << "data:image/png;base64,@@@" << at("the data URL's payload is not valid base64");
        QTest::newRow("text") << dataUrl("image/png", "hello, I am text")
                              << at("the data URL does not hold an image; accepted: PNG, JPEG, "
                                    "GIF, WebP");
        QTest::newRow("cut png") << dataUrl("image/png", ti::png(8, 8).left(20))
                                 << at("the PNG image cannot be decoded: its header is cut "
                                       "short or damaged");
        QTest::newRow("cut jpeg") << dataUrl("image/jpeg", ti::jpeg(8, 8).left(12))
                                  << at("the JPEG image cannot be decoded: its header is cut "
                                        "short or damaged");
    }
    void refusesWhatIsNoImage() {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const Reply r = post(
            body({QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Look"_s}}, imagePart(url)}));
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json()[u"error"].toObject();
        QCOMPARE(error[u"code"].toString(), u"invalid_request"_s);
        QCOMPARE(error[u"message"].toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestSandboxImages)
#include "tst_sandboximages.moc"
