// Image attachments: format and size from the header bytes, the refusals a user reads, and how
// an image goes on the wire (content parts with a data URL).
#include "../testimages.h"
#include "images.h"
#include "wire.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;
namespace ti = ik::testimages;

class TestImages : public QObject {
    Q_OBJECT
private slots:
    void sniffsFormatAndSize_data();
    void sniffsFormatAndSize();
    void truncatedHeadersNeverCrash_data();
    void truncatedHeadersNeverCrash();
    void damagedHeaderSaysSo();
    void nonImagesSayWhatTheyAre_data();
    void nonImagesSayWhatTheyAre();
    void tooBigIsRefused();
    void readsFiles();
    void dataUrlRoundTrip();
    void badDataUrls_data();
    void badDataUrls();
    void elidesDataUrls();
    void bodyCarriesContentParts();
    void bodyWithoutImagesKeepsStringContent();
    void validationOfImages();
    void describesImages();
};

void TestImages::sniffsFormatAndSize_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("png") << ti::png(64, 32) << "PNG"
                         << "image/png" << 64 << 32;
    QTest::newRow("png 1x1") << ti::png(1, 1) << "PNG"
                             << "image/png" << 1 << 1;
    QTest::newRow("jpeg") << ti::jpeg(640, 480) << "JPEG"
                          << "image/jpeg" << 640 << 480;
    QTest::newRow("gif") << ti::gif(3, 5) << "GIF"
                         << "image/gif" << 3 << 5;
    QTest::newRow("webp lossy") << ti::webp("VP8 ", 300, 200) << "WebP"
                                << "image/webp" << 300 << 200;
    QTest::newRow("webp lossless") << ti::webp("VP8L", 17, 9000) << "WebP"
                                   << "image/webp" << 17 << 9000;
    QTest::newRow("webp extended") << ti::webp("VP8X", 4000, 3000) << "WebP"
                                   << "image/webp" << 4000 << 3000;
    // A JPEG whose frame header comes after an EXIF block and fill bytes.
    QByteArray exif = ti::jpeg(12, 34);
    exif.insert(2, QByteArray("\xff\xe1\x00\x06"
                              "Exif\xff\xff",
                              10));
    QTest::newRow("jpeg with exif and fill") << exif << "JPEG"
                                             << "image/jpeg" << 12 << 34;
}

void TestImages::sniffsFormatAndSize() {
    QFETCH(QByteArray, bytes);
    const std::optional<ImageInfo> info = sniffImage(bytes);
    QVERIFY(info);
    QFETCH(QString, format);
    QFETCH(QString, mime);
    QFETCH(int, width);
    QFETCH(int, height);
    QCOMPARE(info->format, format);
    QCOMPARE(info->mime, mime);
    QCOMPARE(info->width, width);
    QCOMPARE(info->height, height);
}

void TestImages::truncatedHeadersNeverCrash_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("png") << ti::png(8, 8);
    QTest::newRow("jpeg") << ti::jpeg(8, 8);
    QTest::newRow("gif") << ti::gif(8, 8);
    QTest::newRow("webp lossy") << ti::webp("VP8 ", 8, 8);
    QTest::newRow("webp lossless") << ti::webp("VP8L", 8, 8);
    QTest::newRow("webp extended") << ti::webp("VP8X", 8, 8);
}

// Every prefix of a header either reads as the whole size or is refused, and the refusal says
// the header is damaged when the magic bytes are there.
void TestImages::truncatedHeadersNeverCrash() {
    QFETCH(QByteArray, bytes);
    const std::optional<ImageInfo> whole = sniffImage(bytes);
    QVERIFY(whole);
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        // A copy of exactly n bytes, so reading past it would read past the allocation.
        const QByteArray cut(bytes.constData(), n);
        const std::optional<ImageInfo> info = sniffImage(cut);
        if (info) {
            QCOMPARE(info->width, whole->width);
            QCOMPARE(info->height, whole->height);
            continue;
        }
        ChatImage image;
        const std::optional<Error> e = checkImage(cut, u"cut.img"_s, &image);
        QVERIFY2(e, qPrintable(u"prefix %1"_s.arg(n)));
        QVERIFY(e->message.startsWith(u"cut.img "_s));
    }
}

void TestImages::damagedHeaderSaysSo() {
    QByteArray png = ti::png(10, 10);
    png.replace(12, 4, "XXXX"); // no IHDR where it must be
    ChatImage image;
    std::optional<Error> e = checkImage(png, u"broken.png"_s, &image);
    QVERIFY(e);
    QCOMPARE(e->kind, ErrorKind::Validation);
    QCOMPARE(e->message, u"broken.png starts like a PNG image, but its header is cut short or "
                         "damaged: its pixel size cannot be read."_s);
    QByteArray zero = ti::gif(0, 5);
    e = checkImage(zero, u"zero.gif"_s, &image);
    QVERIFY(e);
    QVERIFY(e->message.contains(u"GIF image"_s));
    // A JPEG that reaches its scan data before any frame header.
    e = checkImage(QByteArray("\xff\xd8\xff\xda\x00\x02\x00\x00", 8), u"x.jpg"_s, &image);
    QVERIFY(e);
    QVERIFY(e->message.contains(u"JPEG image"_s));
}

void TestImages::nonImagesSayWhatTheyAre_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("what");
    QTest::newRow("text") << "Hello, world.\nSecond line\n"_ba
                          << "plain text";
    QTest::newRow("json") << R"({"a": 1})"_ba
                          << "JSON or other text";
    QTest::newRow("pdf") << "%PDF-1.7\n%\xe2\xe3\xcf\xd3"_ba
                         << "a PDF document";
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8)
                         << "a ZIP archive (or an Office file)";
    QTest::newRow("svg") << R"(<svg xmlns="http://www.w3.org/2000/svg"/>)"_ba
                         << "an SVG image (vector graphics)";
    QTest::newRow("bmp") << "BM\x36\x00\x00\x00"_ba
                         << "a BMP image";
    QTest::newRow("ico") << QByteArray("\0\0\1\0\1\0", 6) << "an icon (ICO)";
    QTest::newRow("tiff") << QByteArray("MM\0*\0\0\0\x08", 8) << "a TIFF image";
    QTest::newRow("heic") << QByteArray("\0\0\0\x18"
                                        "ftypheic",
                                        12)
                          << "a HEIC image";
    QTest::newRow("binary") << QByteArray("\x01\x02\x03\x00\xfe", 5)
                            << "binary data of an unknown kind";
    QTest::newRow("empty") << QByteArray() << "an empty file";
}

void TestImages::nonImagesSayWhatTheyAre() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, what);
    ChatImage image;
    const std::optional<Error> e = checkImage(bytes, u"notes.txt"_s, &image);
    QVERIFY(e);
    QCOMPARE(e->message, u"notes.txt is not an image: it looks like %1."_s.arg(what));
    QCOMPARE(e->hint, u"Attach a PNG, JPEG, GIF or WebP image of at most 20 MB."_s);
    QVERIFY(!image.loaded());
}

void TestImages::tooBigIsRefused() {
    QByteArray big = ti::png(4, 4);
    big.append(QByteArray(kMaxImageBytes - big.size(), '\0'));
    ChatImage image;
    QVERIFY(!checkImage(big, u"edge.png"_s, &image)); // exactly 20 MB passes
    QCOMPARE(image.size, kMaxImageBytes);
    big.append('\0');
    const std::optional<Error> e = checkImage(big, u"big.png"_s, &image);
    QVERIFY(e);
    QCOMPARE(e->message, u"big.png is 20.0 MB: an image may be at most 20 MB."_s);
    QCOMPARE(e->hint, u"Scale it down or save it as JPEG, then attach it again."_s);
}

void TestImages::readsFiles() {
    QTemporaryDir dir;
    const QString png = dir.filePath(u"shot.png"_s);
    QFile f(png);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ti::png(64, 32));
    f.close();
    ChatImage image;
    QVERIFY(!readImageFile(png, &image));
    QCOMPARE(image.mime, u"image/png"_s);
    QCOMPARE(image.width, 64);
    QCOMPARE(image.sha256.size(), 64);
    // A renamed text file is refused by what it is, not by its name.
    const QString fake = dir.filePath(u"fake.png"_s);
    QFile t(fake);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("just words\n");
    t.close();
    std::optional<Error> e = readImageFile(fake, &image);
    QVERIFY(e);
    QCOMPARE(e->message, u"fake.png is not an image: it looks like plain text."_s);
    // Too big is refused from its size, before reading.
    const QString big = dir.filePath(u"big.png"_s);
    QFile b(big);
    QVERIFY(b.open(QIODevice::WriteOnly));
    QVERIFY(b.resize(kMaxImageBytes * 2));
    b.close();
    e = readImageFile(big, &image);
    QVERIFY(e);
    QCOMPARE(e->message, u"big.png is 40.0 MB: an image may be at most 20 MB."_s);
    e = readImageFile(dir.filePath(u"missing.png"_s), &image);
    QVERIFY(e);
    QCOMPARE(e->message, u"Cannot read missing.png: no such file"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"folder.png"_s));
    e = readImageFile(dir.filePath(u"folder.png"_s), &image);
    QVERIFY(e);
    QCOMPARE(e->message, u"Cannot read folder.png: it is a folder"_s);
}

void TestImages::dataUrlRoundTrip() {
    ChatImage image;
    QVERIFY(!checkImage(ti::gif(2, 2), u"a.gif"_s, &image));
    const QString url = imageDataUrl(image);
    QVERIFY(url.startsWith(u"data:image/gif;base64,R0lGODlh"_s));
    QString error;
    const std::optional<DataUrl> back = decodeDataUrl(url, &error);
    QVERIFY(back);
    QCOMPARE(back->mime, u"image/gif"_s);
    QCOMPARE(back->bytes, image.bytes);
}

void TestImages::badDataUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("http") << "https://example.com/cat.png"
                          << "the image_url is not a data: URL (only inline base64 images are "
                             "accepted)";
    QTest::newRow("no comma") << "data:image/png;base64"
                              << "the data URL has no ',' before its payload";
    QTest::newRow("not base64") << "data:image/png,hello"
                                << "the data URL is not base64-encoded (expected "
                                   "data:<mime>;base64,...)";
    QTest::newRow("bad base64") << "data:image/png;base64,@@@@"
                                << "the data URL's payload is not valid base64";
    QTest::newRow("empty") << "data:image/png;base64,"
                           << "the data URL's payload is empty";
}

void TestImages::badDataUrls() {
    QFETCH(QString, url);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!decodeDataUrl(url, &got));
    QCOMPARE(got, error);
}

void TestImages::elidesDataUrls() {
    const QByteArray payload = QByteArray(3000, 'A');
    const QByteArray body = R"({"url":"data:image/png;base64,)" + payload + R"("})";
    const QByteArray out = elideDataUrls(body);
    QCOMPARE(out,
             QString(uR"x({"url":"data:image/png;base64,…(2.2 KB of base64 data left out)"})x"_s)
                 .toUtf8());
    QCOMPARE(elideDataUrls("{\"a\":1}"), "{\"a\":1}"_ba);
}

void TestImages::bodyCarriesContentParts() {
    ChatImage a, b;
    QVERIFY(!checkImage(ti::png(2, 2), u"a.png"_s, &a));
    QVERIFY(!checkImage(ti::jpeg(3, 3), u"b.jpg"_s, &b));
    ChatRequest request;
    ChatMessage m{u"user"_s, u"What is this?"_s};
    m.images = {a, b};
    request.messages = {m};
    const QJsonObject body = QJsonDocument::fromJson(chatBody(request)).object();
    const QJsonArray parts = body[u"messages"][0][u"content"].toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0].toObject(),
             (QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"What is this?"_s}}));
    QCOMPARE(parts[1][u"type"].toString(), u"image_url"_s);
    QCOMPARE(parts[1][u"image_url"][u"url"].toString(),
             u"data:image/png;base64,"_s + QString::fromLatin1(a.bytes.toBase64()));
    QVERIFY(parts[2][u"image_url"][u"url"].toString().startsWith(u"data:image/jpeg;base64,/9j/"_s));
    // An image alone: no empty text part.
    m.content.clear();
    request.messages = {m};
    QVERIFY(!validateChat(request));
    const QJsonObject alone = QJsonDocument::fromJson(chatBody(request)).object();
    QCOMPARE(alone[u"messages"][0][u"content"].toArray().size(), 2);
    QCOMPARE(alone[u"messages"][0][u"content"][0][u"type"].toString(), u"image_url"_s);
}

void TestImages::bodyWithoutImagesKeepsStringContent() {
    ChatRequest request;
    request.messages = {{u"user"_s, u"Hi"_s}};
    const QJsonObject body = QJsonDocument::fromJson(chatBody(request)).object();
    QVERIFY(body[u"messages"][0][u"content"].isString());
    QCOMPARE(body[u"messages"][0][u"content"].toString(), u"Hi"_s);
}

void TestImages::validationOfImages() {
    ChatImage image;
    QVERIFY(!checkImage(ti::png(2, 2), u"a.png"_s, &image));
    ChatRequest request;
    ChatMessage assistant{u"assistant"_s, u"Here"_s};
    assistant.images = {image};
    request.messages = {{u"user"_s, u"Hi"_s}, assistant};
    std::optional<Error> e = validateChat(request);
    QVERIFY(e);
    QCOMPARE(e->message, u"messages[1] (assistant) carries images: only user turns may"_s);
    ChatMessage reference{u"user"_s, u"Again"_s};
    ChatImage ref = image;
    ref.bytes.clear();
    reference.images = {ref};
    request.messages = {reference};
    e = validateChat(request);
    QVERIFY(e);
    QCOMPARE(e->message, u"messages[0] image 1 (PNG) was not loaded: reopen the run from "
                         "history, or attach it again"_s);
}

void TestImages::describesImages() {
    ChatImage image;
    QVERIFY(!checkImage(ti::png(64, 32), u"a.png"_s, &image));
    QCOMPARE(describeImage(image), u"PNG, 64×32, %1 B"_s.arg(image.size));
    QCOMPARE(formatByteSize(1536), u"1.5 KB"_s);
    QCOMPARE(formatByteSize(3 * 1024 * 1024), u"3.0 MB"_s);
}

QTEST_GUILESS_MAIN(TestImages)
#include "tst_images.moc"
