// Workload definitions: live validation, the endpoint preview, the file format and its refusals,
// and the control plane's list parser. Pure: no widgets, no sockets.

#include "controlplane.h"
#include "workloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ik;

namespace {
const QString kSecret =
    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kKey = QStringLiteral("ik_live_a1b2c3d4_") + kSecret;
const QString kToken = QStringLiteral("ik_sdk_0badf00d_") + kSecret;

Workload sample() {
    Workload w;
    w.id = newWorkloadId();
    w.name = QStringLiteral("Support bot");
    w.baseUrl = QStringLiteral("https://api.inferencekey.com/");
    w.project = QStringLiteral("acme");
    w.slug = QStringLiteral("support-bot");
    w.kind = WorkloadKind::Chat;
    return w;
}
} // namespace

class TestWorkloads : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void slug_data() {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "support-bot" << true;
        QTest::newRow("dots underscores") << "v1.2_beta" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "support bot" << false;
        QTest::newRow("slash") << "acme/support" << false;
        QTest::newRow("leading dash") << "-bot" << false;
        QTest::newRow("surrounding space") << " bot" << false;
        QTest::newRow("a key") << kKey << false;
    }
    void slug() {
        QFETCH(QString, slug);
        QFETCH(bool, ok);
        const QString e = checkSlug(slug, QStringLiteral("workload slug"));
        QCOMPARE(e.isEmpty(), ok);
        QVERIFY(!e.contains(kSecret));
    }

    void baseUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("warns");
        QTest::newRow("https") << "https://api.inferencekey.com" << true << false;
        QTest::newRow("https path") << "https://gw.example.com/ik/" << true << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true << false;
        QTest::newRow("http localhost") << "http://localhost" << true << false;
        QTest::newRow("http remote") << "http://api.example.com" << true << true;
        QTest::newRow("no scheme") << "api.inferencekey.com" << false << false;
        QTest::newRow("ftp") << "ftp://api.inferencekey.com" << false << false;
        QTest::newRow("query") << "https://api.inferencekey.com?x=1" << false << false;
        QTest::newRow("userinfo") << "https://u:p@api.inferencekey.com" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void baseUrl() {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(bool, warns);
        QString warning;
        QCOMPARE(checkBaseUrl(url, &warning).isEmpty(), ok);
        QCOMPARE(!warning.isEmpty(), warns);
    }

    void preview() {
        Workload w = sample();
        QCOMPARE(endpointPreview(w),
                 QStringLiteral(
                     "https://api.inferencekey.com/endpoint/acme/support-bot/v1/chat/completions"));
        w.kind = WorkloadKind::Embedding;
        QVERIFY(checkWorkload(w).endpoint.endsWith(QStringLiteral("/v1/embeddings")));
        w.slug = QStringLiteral("bad slug");
        const WorkloadCheck c = checkWorkload(w);
        QVERIFY(!c.ok());
        QVERIFY(!c.errorFor(QStringLiteral("slug")).isEmpty());
        QVERIFY(c.endpoint.isEmpty());
        QCOMPARE(w.account(), QStringLiteral("api.inferencekey.com/acme/bad slug"));
    }

    void roundTrip() {
        Workload a = sample();
        Workload b = sample();
        b.id = newWorkloadId();
        b.slug = QStringLiteral("billing");
        b.kind = WorkloadKind::Embedding;
        Workload sb = sample();
        sb.sandbox = true;
        const QByteArray json = workloadsToJson({a, b, sb});
        QVERIFY(json.contains("\n")); // human-readable
        const WorkloadImport in = workloadsFromJson(json);
        QVERIFY(in.ok());
        QVERIFY(in.refused.isEmpty());
        QCOMPARE(in.workloads.size(), 2); // the sandbox one is never persisted
        a.baseUrl = QStringLiteral("https://api.inferencekey.com/");
        QCOMPARE(in.workloads.at(1).slug, b.slug);
        QCOMPARE(in.workloads.at(1).kind, WorkloadKind::Embedding);
        QCOMPARE(in.workloads.at(0).id, a.id);
    }

    void importRefusesKeys() {
        auto entry = [](const QString& name, const QString& slug, const QString& kind) {
            return QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("base_url"), QStringLiteral("https://api.inferencekey.com")},
                {QStringLiteral("project"), QStringLiteral("acme")},
                {QStringLiteral("slug"), slug},
                {QStringLiteral("kind"), kind}};
        };
        QJsonObject withKey = entry(QStringLiteral("billing"), QStringLiteral("billing"),
                                    QStringLiteral("embedding"));
        withKey.insert(QStringLiteral("api_key"), kKey);
        const QJsonArray list{
            entry(kKey, QStringLiteral("support-bot"), QStringLiteral("chat")), withKey,
            entry(QStringLiteral("x"), kToken, QStringLiteral("chat")),
            entry(QStringLiteral("r"), QStringLiteral("ranker"), QStringLiteral("reranker"))};
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("workloads"), list}}).toJson();
        const WorkloadImport in = workloadsFromJson(json);
        QVERIFY(in.ok());
        QCOMPARE(in.workloads.size(), 3);
        QCOMPARE(in.workloads.at(0).name, QString()); // refused, falls back to the slug
        QCOMPARE(in.workloads.at(0).displayName(), QStringLiteral("support-bot"));
        QCOMPARE(in.workloads.at(1).slug, QStringLiteral("billing"));
        QCOMPARE(in.workloads.at(2).kind, WorkloadKind::Rerank);
        const QString refused = in.refused.join(u'\n');
        QVERIFY(refused.contains(QStringLiteral("\"name\" refused")));
        QVERIFY(refused.contains(QStringLiteral("\"api_key\" refused")));
        QVERIFY(refused.contains(QStringLiteral("\"slug\" refused")));
        QVERIFY(!refused.contains(kSecret));
    }

    void importErrors() {
        QVERIFY(!workloadsFromJson("not json").ok());
        QVERIFY(!workloadsFromJson("{\"x\": 1}").ok());
    }

    void store() {
        QTemporaryDir dir;
        WorkloadStore store(dir.filePath(QStringLiteral("sub/workloads.json")));
        QVERIFY(store.load().ok());
        QVERIFY(store.load().workloads.isEmpty());
        QVERIFY(store.save({sample()}));
        QCOMPARE(store.load().workloads.size(), 1);
        QVERIFY(WorkloadStore().path().endsWith(QStringLiteral("/workloads.json")));
    }

    void controlCall() {
        const QString base = QStringLiteral("https://api.inferencekey.com/");
        QCOMPARE(workloadListUrl(base, QStringLiteral("acme")).toString(),
                 QStringLiteral("https://api.inferencekey.com/api/projects/acme/workloads"));
        QVERIFY(!checkControlCall(base, QStringLiteral("acme"), kToken));
        auto e = checkControlCall(base, QStringLiteral("acme"), kKey);
        QVERIFY(e);
        QCOMPARE(e->kind, ErrorKind::Configuration);
        QVERIFY(e->message.contains(QStringLiteral("ik_live_")));
        QVERIFY(!e->message.contains(kSecret));
        QVERIFY(checkControlCall(base, QStringLiteral("acme"), QString()));
        QVERIFY(checkControlCall(QStringLiteral("http://api.example.com"), QStringLiteral("acme"),
                                 kToken));
        QVERIFY(!checkControlCall(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("acme"),
                                  kToken));
    }

    void parseList_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::newRow("array")
            << QByteArray(
                   R"([{"id": 1, "slug": "support-bot", "task_type": "text2text", "model_name": "m", "backend": "vllm"},
                                                {"id": 2, "workload_slug": "billing", "task_type": "embedding"}])")
            << 2;
        QTest::newRow("envelope")
            << QByteArray(R"({"workloads": [{"slug": "a", "task_type": "reranker"}], "total": 1})")
            << 1;
        QTest::newRow("data envelope") << QByteArray(R"({"data": []})") << 0;
    }
    void parseList() {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        QList<RemoteWorkload> list;
        QVERIFY(!parseWorkloadList(body, &list));
        QCOMPARE(list.size(), count);
        if (count == 2) {
            QCOMPARE(list.at(0).slug, QStringLiteral("support-bot"));
            QCOMPARE(list.at(0).kind, std::optional<WorkloadKind>(WorkloadKind::Chat));
            QCOMPARE(list.at(0).model, QStringLiteral("m"));
            QCOMPARE(list.at(0).backend, QStringLiteral("vllm"));
            QCOMPARE(list.at(0).id, QStringLiteral("1"));
            QCOMPARE(list.at(1).slug, QStringLiteral("billing"));
            QCOMPARE(list.at(1).kind, std::optional<WorkloadKind>(WorkloadKind::Embedding));
        }
    }
    void parseListErrors() {
        QList<RemoteWorkload> list;
        QVERIFY(parseWorkloadList("<html>", &list));
        QVERIFY(parseWorkloadList("{\"ok\": true}", &list));
    }
};

QTEST_GUILESS_MAIN(TestWorkloads)
#include "tst_workloads.moc"
