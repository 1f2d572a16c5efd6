#pragma once
// Every run, saved while it progresses (issue 4 "History"), in SQLite through Qt Sql. Nothing
// that looks like a key is ever written: headers come already redacted from the run record and
// every text goes through redactSecrets() on its way in.

#include "historyorigin.h"
#include "run.h"
#include "wire.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <optional>

namespace ik {

// ChatParams <-> JSON, unset values left out (presets, drafts, history).
QJsonObject paramsToJson(const ChatParams& params);
ChatParams paramsFromJson(const QJsonObject& json);
QJsonObject frameToJson(const Frame& frame);
Frame frameFromJson(const QJsonObject& json);
QJsonObject errorToJson(const Error& error);
QJsonObject recordToJson(const RunRecord& record); // request and response, frames left out
// The stored form of messages: role, content, and reasoning, tool_calls, tool_call_id, images
// when set. An image is stored as a reference (mime, size, width, height, sha256), never its
// bytes: History keeps those in a table of their own, and a draft does not keep them at all.
QJsonObject messageToJson(const ChatMessage& message);
ChatMessage messageFromJson(const QJsonObject& json);
QJsonArray messagesToJson(const QList<ChatMessage>& messages);
QJsonObject imageReferenceToJson(const ChatImage& image);
ChatImage imageReferenceFromJson(const QJsonObject& json);
QList<ChatMessage> messagesFromJson(const QJsonArray& array);

struct HistoryRun {
    qint64 id = -1;
    QDateTime startedAt;
    QString workloadId;
    QString workloadName;
    QString workloadRef; // <base>/endpoint/<project>/<workload>: where it went
    QString system;
    // As sent, the system prompt excluded. Images are references in list(); load() fills their
    // bytes from the run_images table.
    QList<ChatMessage> messages;
    QJsonObject params;
    bool stream = true;
    QString answer;
    QString reasoning;         // the model's thinking before (or around) the answer
    QList<ToolCall> toolCalls; // the calls the answer made, assembled
    // What else a feature records with the answer (its own key each), kept in one JSON column.
    QJsonObject extra;
    // running, done, failed, cancelled, truncated; a run that was still running when its process
    // died reads as "incomplete".
    QString state = QStringLiteral("running");
    QJsonObject metrics;
    QString model;
    QString finishReason;
    QJsonObject usage;
    QJsonObject error;   // empty when none
    QJsonObject record;  // recordToJson()
    QList<Frame> frames; // filled by load() only
    int frameCount = 0;
    QString origin = playgroundOrigin(); // historyorigin.h
};

// The answer_extra column: reasoning and tool_calls beside HistoryRun::extra's keys.
QJsonObject answerExtraToJson(const HistoryRun& run);
void answerExtraFromJson(const QJsonObject& json, HistoryRun* run);

// A user-facing word for a stored state: done, stopped, incomplete, failed.
QString historyStateLabel(const QString& state);

class History : public QObject {
    Q_OBJECT
public:
    // Empty path: history.sqlite in QStandardPaths::AppDataLocation.
    explicit History(const QString& path = {}, QObject* parent = nullptr);
    ~History() override;

    static QString defaultPath();
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }

    // Inserts the run as "running"; returns its id (-1 on failure).
    qint64 begin(const HistoryRun& run);
    // The answer so far and the frames that arrived since the previous call, in one transaction.
    void progress(qint64 id, const QString& answer, const QList<Frame>& newFrames);
    // The final row (frames are not rewritten: pass the last ones to progress() first).
    void finish(qint64 id, const HistoryRun& run);

    // Newest first, without frames. An empty search lists everything of the workload.
    QList<HistoryRun> list(const QString& workloadId, const QString& search = {}, int limit = 500,
                           HistoryOriginFilter origin = HistoryOriginFilter::All) const;
    std::optional<HistoryRun> load(qint64 id) const;
    bool remove(qint64 id);
    // Every run, its frames and images, the file shrunk to match; the database stays open and a
    // run still going keeps writing to nothing. False (lastError()) when it could not.
    bool clear();

    static QString toMarkdown(const HistoryRun& run);
    static QByteArray toJson(const HistoryRun& run);
    // Only the conversation: system, turns, and the answer as the last assistant turn.
    static QString conversationMarkdown(const HistoryRun& run);
    static QByteArray conversationJson(const HistoryRun& run);

signals:
    void changed();
    void cleared(); // clear() emptied it: lists of its rows read them again
    void progressSaved(qint64 id, int answerLength);

private:
    bool exec(const QString& sql);
    void markOrphans();
    // Columns added since the first schema (origin, answer_extra): older databases gain them.
    bool addColumn(const QString& name, const QString& declaration);
    // historyimages.cpp: the run_images table (run id, turn, image index, mime, bytes), read only
    // by load(), so a history list never carries image bytes.
    bool createImageTable();
    void saveImages(qint64 id, const QList<ChatMessage>& messages);
    void loadImages(qint64 id, QList<ChatMessage>* messages) const;
    void removeImages(qint64 id);

    struct Span {
        int frame;
        int start;
        int length;
    };
    struct RunSpans {
        QList<Span> spans; // frames with text, in answer order
        int textLength = 0;
        QSet<int> scrubbed;
    };
    QHash<qint64, RunSpans> m_spans; // runs under way

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_lastError;
};

} // namespace ik
