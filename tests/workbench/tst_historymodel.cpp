// The history list of one workload as an item model, its search, exports and what a reopened
// run reads back; and presets, which keep parameters only.

#include "credential.h"
#include "drafts.h"
#include "historymodel.h"
#include "presets.h"
#include "pricing.h"
#include "runwarnings.h"
#include "sandbox.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 addRun(History* history, const QString& workloadId, const QString& ask, const QString& state,
              const QString& answer) {
    HistoryRun run;
    run.startedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0));
    run.workloadId = workloadId;
    run.workloadName = workloadId;
    run.messages = {{u"user"_s, u"earlier"_s}, {u"assistant"_s, u"yes"_s}, {u"user"_s, ask}};
    const qint64 id = history->begin(run);
    HistoryRun end;
    end.answer = answer;
    end.state = state;
    history->finish(id, end);
    return id;
}

} // namespace

class TstHistoryModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ik-playground-tests"_s);
        QCoreApplication::setApplicationName(u"tst_historymodel"_s);
        QVERIFY(m_dir.isValid());
    }

    void listsOneWorkloadNewestFirstAndSearches() {
        History history(m_dir.filePath(u"h.sqlite"_s));
        QVERIFY(history.isOpen());
        const qint64 first = addRun(&history, u"wl-a"_s, u"opening hours?"_s, u"done"_s, u"9-5"_s);
        const qint64 second =
            addRun(&history, u"wl-a"_s, u"refunds  please\nnow"_s, u"cancelled"_s, u"Refu"_s);
        addRun(&history, u"wl-b"_s, u"elsewhere"_s, u"done"_s, u"no"_s);
        HistoryModel model(&history);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        model.setWorkloadId(u"wl-a"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), second);
        QCOMPARE(model.idAt(1), first);
        QCOMPARE(model.idAt(2), qint64(-1));
        QCOMPARE(model.rowOf(first), 1);
        QCOMPARE(model.index(0, HistoryModel::Ask).data().toString(), u"refunds please now"_s);
        QCOMPARE(model.index(0, HistoryModel::State).data().toString(), u"stopped"_s);
        QCOMPARE(model.index(0, HistoryModel::State).data(HistoryModel::StateNameRole).toString(),
                 u"cancelled"_s);
        QCOMPARE(model.index(1, HistoryModel::Started).data().toString(), u"2024-05-01 12:00:00"_s);
        QCOMPARE(model.index(1, HistoryModel::Ask).data(Qt::ToolTipRole).toString(), u"9-5"_s);
        QCOMPARE(model.index(1, HistoryModel::Ask).data(HistoryModel::IdRole).toLongLong(), first);
        model.setSearch(u"opening"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), first);
        model.setSearch({});
        QVERIFY(model.remove(second));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(second), -1);
        QVERIFY(!model.remove(second));
    }

    void askIsOneShortLine() {
        HistoryRun run;
        run.messages = {{u"user"_s, QString(200, u'a')}, {u"assistant"_s, u"b"_s}};
        const QString ask = HistoryModel::askOf(run);
        QCOMPARE(ask.size(), 80);
        QVERIFY(ask.endsWith(u'…'));
        run.messages = {{u"assistant"_s, u"b"_s}};
        QVERIFY(HistoryModel::askOf(run).isEmpty());
    }

    void exportsAndWhatAReopenedRunReads() {
        QCOMPARE(exportFileName(u"support-bot"_s, 7, HistoryExport::RunMarkdown),
                 u"support-bot-run-7.md"_s);
        QCOMPARE(exportFileName(u"support-bot"_s, 7, HistoryExport::ConversationJson),
                 u"support-bot-conversation-7.json"_s);
        QVERIFY(isJsonExport(HistoryExport::RunJson));
        QVERIFY(!isJsonExport(HistoryExport::ConversationMarkdown));
        HistoryRun run;
        run.messages = {{u"user"_s, u"Hi"_s}};
        run.answer = u"Hello there"_s;
        for (auto format : {HistoryExport::RunMarkdown, HistoryExport::RunJson,
                            HistoryExport::ConversationMarkdown, HistoryExport::ConversationJson})
            QVERIFY(exportBytes(run, format).contains("Hello there"));

        Error e = makeError(ErrorKind::RateLimited, u"slow down"_s, u"wait"_s);
        e.httpStatus = 429;
        e.code = u"rate_limit_exceeded"_s;
        const Error back = errorFromJson(errorToJson(e));
        QCOMPARE(back.kind, ErrorKind::RateLimited);
        QCOMPARE(back.httpStatus, 429);
        QCOMPARE(back.code, e.code);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.hint, e.hint);

        RunRecord r;
        r.method = "POST";
        r.url = QUrl(u"http://127.0.0.1:1/endpoint/acme/bot/v1/chat/completions"_s);
        r.requestHeaders = {{"Content-Type", "application/json"}};
        r.requestBody = R"({"model":"bot"})";
        r.status = 200;
        r.responseHeaders = {{"Content-Type", "text/event-stream"}};
        r.nonJsonFrames = 2;
        r.comments = 3;
        const RunRecord read = recordFromJson(recordToJson(r));
        QCOMPARE(read.method, r.method);
        QCOMPARE(read.url, r.url);
        QCOMPARE(read.requestHeaders, r.requestHeaders);
        QCOMPARE(read.requestBody, r.requestBody);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.responseHeaders, r.responseHeaders);
        QCOMPARE(read.nonJsonFrames, 2);
        QCOMPARE(read.comments, 3);
    }

    // A run's warnings in words, the same for the record read back from history.
    void warningsSayWhatADoneRunGotWrong() {
        RunRecord r;
        QVERIFY(runWarnings(r).isEmpty());
        QCOMPARE(recordFromJson(recordToJson(r)).invalidUtf8At, qint64(-1));
        r.invalidUtf8At = 812;
        r.nonJsonFrames = 1;
        const QStringList words = runWarnings(r);
        QCOMPARE(words.size(), 2);
        QVERIFY2(words[0].startsWith(u"the stream held invalid UTF-8 at byte 812"_s),
                 qPrintable(words[0]));
        QCOMPARE(words[1], u"1 frame was not JSON and was skipped"_s);
        const RunRecord read = recordFromJson(recordToJson(r));
        QCOMPARE(read.invalidUtf8At, qint64(812));
        QCOMPARE(runWarnings(read), words);
        r.invalidUtf8At = -1;
        r.nonJsonFrames = 3;
        QCOMPARE(runWarnings(r), QStringList{u"3 frames were not JSON and were skipped"_s});
    }

    // A draft never keeps a key's secret, and the draft read back says one was taken out.
    void aDraftSaysWhenAKeyWasTakenOut() {
        QSettings().clear();
        const QString key = sandbox::Config::builtIn().keyFor(u"acme"_s, u"support-bot"_s);
        writeDraft(u"test/draft"_s, {{u"prompt"_s, u"plain"_s}});
        QVERIFY(!draftHadSecrets(readDraft(u"test/draft"_s)));
        writeDraft(u"test/draft"_s, {{u"prompt"_s, u"key "_s + key}});
        const QJsonObject read = readDraft(u"test/draft"_s);
        QVERIFY(draftHadSecrets(read));
        QVERIFY(!read[u"prompt"].toString().contains(Credential::parse(key).secret));
        QVERIFY(read[u"prompt"].toString().startsWith(u"key ik_live_"_s));
        QVERIFY(
            !QSettings().value(u"test/draft"_s).toString().contains(Credential::parse(key).secret));
    }

    void presetsKeepParametersPerWorkload() {
        QSettings().clear();
        Workload a;
        a.id = u"wl/a"_s;
        Workload b;
        b.id = u"wl-b"_s;
        QCOMPARE(workloadSettingsKey(u"playground"_s, u"draft"_s, a), u"playground/draft/wl%2Fa"_s);
        Preset p;
        p.params.temperature = 0.3;
        p.params.maxTokens = 12;
        p.stream = false;
        QCOMPARE(Presets(a).save(u"  short "_s, p), u"short"_s);
        QString why;
        QVERIFY(Presets(a).save(u"   "_s, p, &why).isEmpty());
        QVERIFY2(why.contains(u"name"_s), qPrintable(why)); // says why, not a silent no-op
        QCOMPARE(Presets(a).names(), QStringList{u"short"_s});
        QCOMPARE(Presets(a).choices(),
                 (QStringList{u"Deterministic"_s, u"Balanced"_s, u"Creative"_s, u"short"_s}));
        QVERIFY(Presets(b).names().isEmpty());
        const std::optional<Preset> back = Presets(a).load(u"short"_s);
        QVERIFY(back);
        QCOMPARE(back->params.temperature, std::optional<double>(0.3));
        QCOMPARE(back->params.maxTokens, std::optional<int>(12));
        QCOMPARE(back->stream, false);
        QVERIFY(!Presets(a).load(u"long"_s));
        QVERIFY(Presets(a).remove(u"short"_s));
        QVERIFY(Presets(a).names().isEmpty());
        QVERIFY(!Presets(a).remove(u"short"_s, &why));
        QVERIFY2(why.contains(u"short"_s), qPrintable(why));
    }

    // The built-in presets are there for every workload, with the values the README gives, and
    // can be neither overwritten nor deleted, whatever the case of the name.
    void builtinPresetsAreFixed_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<double>("topP");     // -1: unset
        QTest::addColumn<qint64>("seed");     // -1: unset
        QTest::addColumn<double>("presence"); // -1: unset
        QTest::newRow("deterministic") << u"Deterministic"_s << 0.0 << -1.0 << qint64(42) << -1.0;
        QTest::newRow("balanced") << u"Balanced"_s << 0.7 << 0.9 << qint64(-1) << -1.0;
        QTest::newRow("creative") << u"Creative"_s << 1.1 << 0.95 << qint64(-1) << 0.5;
    }
    void builtinPresetsAreFixed() {
        QFETCH(QString, name);
        QFETCH(double, temperature);
        QFETCH(double, topP);
        QFETCH(qint64, seed);
        QFETCH(double, presence);
        QSettings().clear();
        Workload a;
        a.id = u"wl-builtin"_s;
        const std::optional<Preset> p = Presets(a).load(name);
        QVERIFY(p);
        QCOMPARE(p->params.temperature, std::optional<double>(temperature));
        QCOMPARE(p->params.topP.value_or(-1), topP);
        QCOMPARE(p->params.seed.value_or(-1), seed);
        QCOMPARE(p->params.presencePenalty.value_or(-1), presence);
        QVERIFY(!p->params.maxTokens);
        QVERIFY(p->params.includeUsage); // tokens and cost need usage
        QVERIFY(p->stream);
        QVERIFY(isBuiltinPreset(name.toLower() + u' '));
        Preset mine;
        mine.params.temperature = 1.9;
        QString why;
        QVERIFY(Presets(a).save(name.toUpper(), mine, &why).isEmpty());
        QVERIFY2(why.contains(u"built-in"_s) && why.contains(u"cannot be overwritten"_s),
                 qPrintable(why));
        why.clear();
        QVERIFY(!Presets(a).remove(name, &why));
        QVERIFY2(why.contains(u"built-in"_s), qPrintable(why));
        QCOMPARE(Presets(a).load(name)->params.temperature, std::optional<double>(temperature));
        QVERIFY(Presets(a).names().isEmpty());
    }

    // The mark of the preset in effect: its name, "(modified)" once a value differs, and its
    // name alone again when the values come back.
    void presetMarkSaysWhenValuesChanged() {
        PresetMark mark;
        Preset balanced = *Presets(Workload{}).load(u"Balanced"_s);
        QCOMPARE(mark.label(balanced), QString());
        mark.chose(u"Balanced"_s, balanced);
        QCOMPARE(mark.label(balanced), u"Balanced"_s);
        QVERIFY(!mark.isModified(balanced));
        Preset changed = balanced;
        changed.params.temperature = 0.8;
        QCOMPARE(mark.label(changed), u"Balanced (modified)"_s);
        changed.params.temperature = 0.7;
        QCOMPARE(mark.label(changed), u"Balanced"_s);
        changed.stream = false;
        QVERIFY(mark.isModified(changed));
        changed = balanced;
        changed.params.stop = QStringList{u"END"_s};
        QVERIFY(mark.isModified(changed));
        mark.clear();
        QCOMPARE(mark.label(changed), QString());
    }

    void workloadPricesStayWithTheirWorkload() {
        QSettings().clear();
        Workload a;
        a.id = u"wl-price-a"_s;
        Workload b;
        b.id = u"wl-price-b"_s;
        QVERIFY(!workloadPrice(a));
        setWorkloadPrice(a, TokenPrice{0.5, 1.5});
        QCOMPARE(workloadPrice(a), std::optional<TokenPrice>(TokenPrice{0.5, 1.5}));
        QVERIFY(!workloadPrice(b));
        setWorkloadPrice(a, std::nullopt);
        QVERIFY(!workloadPrice(a));
        // A broken entry reads as no price, not as a price of 0.
        setWorkloadPrice(b, TokenPrice{1, 2});
        const QString key = QSettings().allKeys().filter(u"price"_s).value(0);
        QVERIFY(!key.isEmpty());
        QSettings().setValue(key, u"{\"input_per_million\": \"cheap\"}"_s);
        QVERIFY(!workloadPrice(b));
    }

    void aPresetNeverHoldsAKey() {
        QSettings().clear();
        Workload a;
        a.id = u"wl-a"_s;
        const QString key = sandbox::Config::builtIn().keyFor(u"acme"_s, u"support-bot"_s);
        const QString secret = Credential::parse(key).secret;
        QVERIFY(secret.size() >= 32);
        Preset p;
        p.params.stop = QStringList{key};
        const QString name = Presets(a).save(u"mine "_s + key, p);
        QVERIFY(!name.isEmpty());
        QVERIFY(!name.contains(secret));
        QSettings().sync();
        const QString stored = QSettings().value(Presets(a).settingsKey()).toString();
        QVERIFY(stored.contains(u"stop"_s));
        QVERIFY(!stored.contains(secret));
    }
    void recordsAndReadsWhereARunCameFrom() {
        History history(m_dir.filePath(u"origin.sqlite"_s));
        QVERIFY(history.isOpen());
        const qint64 mine = addRun(&history, u"wl-o"_s, u"by hand"_s, u"done"_s, u"a"_s);
        HistoryRun repeated;
        repeated.workloadId = u"wl-o"_s;
        repeated.messages = {{u"user"_s, u"same prompt"_s}};
        repeated.origin =
            originOfRun(compareOrigin(u"2024-05-01T12:00:00.000"_s, u"same prompt"_s, 5), 2);
        const qint64 compared = history.begin(repeated);
        QVERIFY(compared >= 0);
        QCOMPARE(history.load(mine)->origin, u"playground"_s);
        const HistoryOrigin origin = parseOrigin(history.load(compared)->origin);
        QVERIFY(origin.compare);
        QCOMPARE(origin.comparison, u"2024-05-01T12:00:00.000"_s);
        QCOMPARE(origin.title, u"same prompt"_s);
        QCOMPARE(origin.run, 2);
        QCOMPARE(origin.runs, 5);
        QCOMPARE(originLabel(history.load(compared)->origin), u"Compare · same prompt · run 2/5"_s);
        QCOMPARE(originLabel(history.load(mine)->origin), u"Playground"_s);
        // A playground session's own origin text stays the playground whatever the run number.
        QCOMPARE(originOfRun(QString(), 3), u"playground"_s);
    }

    void aDatabaseFromBeforeOriginsMigratesAndReadsAsPlayground() {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-history"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT, "
                "updated_ms INTEGER, owner INTEGER, workload_id TEXT, workload_name TEXT, "
                "workload_ref TEXT, system TEXT, messages TEXT, params TEXT, stream INTEGER, "
                "answer TEXT, state TEXT, metrics TEXT, model TEXT, finish_reason TEXT, "
                "usage TEXT, error TEXT, record TEXT, frame_count INTEGER DEFAULT 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO runs (started_at, workload_id, messages, answer, state) "
                           "VALUES ('2024-05-01T12:00:00.000', 'wl-old', "
                           "'[{\"role\":\"user\",\"content\":\"old ask\"}]', 'old', 'done')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old-history"_s);
        History history(path);
        QVERIFY2(history.isOpen(), qPrintable(history.lastError()));
        const QList<HistoryRun> runs = history.list(u"wl-old"_s);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().answer, u"old"_s);
        QVERIFY(!parseOrigin(runs.first().origin).compare);
        QCOMPARE(history.list(u"wl-old"_s, {}, 500, HistoryOriginFilter::Playground).size(), 1);
        QCOMPARE(history.list(u"wl-old"_s, {}, 500, HistoryOriginFilter::Compare).size(), 0);
        // The migrated table takes new rows with their origin.
        HistoryRun repeated;
        repeated.workloadId = u"wl-old"_s;
        repeated.origin = originOfRun(compareOrigin(u"c1"_s, u"t"_s, 3), 1);
        QVERIFY(history.begin(repeated) >= 0);
        QCOMPARE(history.list(u"wl-old"_s, {}, 500, HistoryOriginFilter::Compare).size(), 1);
    }

    // Reasoning and tool calls, of earlier turns and of the answer, survive the database and
    // reach every export; a tool turn keeps the call it answers.
    void keepsReasoningAndToolCallsEverywhere() {
        History history(m_dir.filePath(u"reasoning.sqlite"_s));
        HistoryRun run;
        run.workloadId = u"wl-r"_s;
        run.workloadName = u"Thinker"_s;
        ChatMessage called{u"assistant"_s, {}};
        called.reasoning = u"the user wants weather"_s;
        ToolCall call;
        call.id = u"call_1"_s;
        call.name = u"get_weather"_s;
        call.arguments = uR"({"city":"Lyon"})"_s;
        called.toolCalls = {call};
        ChatMessage result{u"tool"_s, u"18 C, sunny"_s};
        result.toolCallId = u"call_1"_s;
        run.messages = {{u"user"_s, u"weather in Lyon?"_s}, called, result};
        const qint64 id = history.begin(run);
        HistoryRun end;
        end.answer = u"It is sunny."_s;
        end.reasoning = u"the tool said sunny"_s;
        end.toolCalls = {call};
        end.extra = QJsonObject{{u"schema"_s, QJsonObject{{u"valid"_s, true}}}};
        end.state = u"done"_s;
        history.finish(id, end);

        const std::optional<HistoryRun> back = history.load(id);
        QVERIFY(back);
        QCOMPARE(back->messages, run.messages);
        QCOMPARE(back->reasoning, end.reasoning);
        QCOMPARE(back->toolCalls.size(), 1);
        QCOMPARE(back->toolCalls.first().arguments, call.arguments);
        QCOMPARE(back->extra[u"schema"][u"valid"].toBool(), true);
        QCOMPARE(history.list(u"wl-r"_s).first().reasoning, end.reasoning);

        const QString md = QString::fromUtf8(exportBytes(*back, HistoryExport::RunMarkdown));
        QVERIFY(md.contains(u"## Thinking"_s));
        QVERIFY(md.contains(u"the tool said sunny"_s));
        QVERIFY(md.contains(u"the user wants weather"_s));
        QVERIFY(md.contains(u"Tool call `get_weather` (call_1)"_s));
        const QJsonObject json =
            QJsonDocument::fromJson(exportBytes(*back, HistoryExport::RunJson)).object();
        QCOMPARE(json[u"reasoning"].toString(), end.reasoning);
        QCOMPARE(json[u"tool_calls"][0][u"name"].toString(), u"get_weather"_s);
        QCOMPARE(json[u"messages"][2][u"tool_call_id"].toString(), u"call_1"_s);
        QCOMPARE(json[u"schema"][u"valid"].toBool(), true);
        const QJsonObject conv =
            QJsonDocument::fromJson(exportBytes(*back, HistoryExport::ConversationJson)).object();
        const QJsonArray turns = conv[u"messages"].toArray();
        QCOMPARE(turns.size(), 4);
        QCOMPARE(turns[3][u"reasoning"].toString(), end.reasoning);
        QCOMPARE(turns[1][u"tool_calls"][0][u"id"].toString(), u"call_1"_s);
        const QString convMd =
            QString::fromUtf8(exportBytes(*back, HistoryExport::ConversationMarkdown));
        QVERIFY(convMd.contains(u"## Tool"_s));
        QVERIFY(convMd.contains(u"> **Thinking**"_s));
    }

    void filtersByOrigin() {
        History history(m_dir.filePath(u"filter.sqlite"_s));
        addRun(&history, u"wl-f"_s, u"by hand"_s, u"done"_s, u"a"_s);
        for (int run = 1; run <= 2; ++run) {
            HistoryRun repeated;
            repeated.workloadId = u"wl-f"_s;
            repeated.messages = {{u"user"_s, u"same"_s}};
            repeated.origin = originOfRun(compareOrigin(u"c7"_s, u"same"_s, 2), run);
            history.begin(repeated);
        }
        HistoryModel model(&history);
        QAbstractItemModelTester tester(&model);
        model.setWorkloadId(u"wl-f"_s);
        QCOMPARE(model.originFilter(), HistoryOriginFilter::All);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HistoryModel::Origin).data().toString(),
                 u"Compare · same · run 2/2"_s);
        QCOMPARE(model.index(1, HistoryModel::Origin).data().toString(),
                 u"Compare · same · run 1/2"_s);
        QCOMPARE(model.index(2, HistoryModel::Origin).data().toString(), u"Playground"_s);
        QCOMPARE(model.index(0, 0).data(HistoryModel::OriginRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(HistoryModel::ComparisonRole).toString(), u"c7"_s);
        QCOMPARE(model.index(2, 0).data(HistoryModel::OriginRole).toBool(), false);
        QCOMPARE(model.headerData(HistoryModel::Origin, Qt::Horizontal).toString(), u"From"_s);
        model.setOriginFilter(HistoryOriginFilter::Playground);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryModel::Ask).data().toString(), u"by hand"_s);
        QVERIFY(
            model.setProperty("originFilter", QVariant::fromValue(HistoryOriginFilter::Compare)));
        QCOMPARE(model.originFilter(), HistoryOriginFilter::Compare);
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(u"by hand"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});
        model.setOriginFilter(HistoryOriginFilter::All);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TstHistoryModel)

#include "tst_historymodel.moc"
