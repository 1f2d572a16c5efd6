#pragma once
// The credential guard: what is checked before every send, from every view (issue 3). Pure: the
// views ask it, show its findings, and send only when it allows. It remembers key ids and server
// answers, never a secret.

#include "credential.h"
#include "wire.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ik {

struct GuardFinding {
    // Stable codes: wrong_credential_type, malformed_key, fixable_key, missing_key, foreign_key,
    // plain_http, invalid_url (blocks); key_in_prompt, key_in_system, key_shared_across_projects,
    // known_project_scope_mismatch, known_scope_insufficient (warnings).
    QString code;
    QString reason; // user-facing, never holds the secret
    QString fix;
};

struct GuardVerdict {
    enum class Level { Ok, Warn, Block };
    Verdict key; // judgeKey's verdict on the key alone (normalised/changes for a fixable key)
    QList<GuardFinding> blocks;
    QList<GuardFinding> warnings;

    Level level() const {
        return !blocks.isEmpty() ? Level::Block : !warnings.isEmpty() ? Level::Warn : Level::Ok;
    }
    bool canSend() const { return blocks.isEmpty(); }
    bool needsConfirmation() const { return blocks.isEmpty() && !warnings.isEmpty(); }
    bool has(const QString& code) const;
    QString headline() const; // the first block, else the first warning, else "ready"
    QString fix() const;      // the fix that goes with headline()
    QString details() const;  // every finding with its fix, one per line (tooltips, dialogs)
};

struct GuardInput {
    GuardInput() = default;
    GuardInput(WorkloadRef r, QString k, QString p = {}, QString s = {}, bool ik = true)
        : ref(std::move(r)), key(std::move(k)), prompt(std::move(p)), system(std::move(s)),
          inferenceKey(ik) {}
    WorkloadRef ref;
    QString key;
    QString prompt;           // user text that would be sent (prompt, turns)
    QString system;           // system text that would be sent
    bool inferenceKey = true; // false: an OpenAI-compatible endpoint that is not InferenceKey
};

class CredentialGuard {
public:
    GuardVerdict judge(const GuardInput& input) const;

    // What the window knows is stored: the key id (public) per workload, so a key kept for
    // workloads of two projects can be flagged. An empty id forgets the workload.
    void noteStoredKey(const WorkloadRef& ref, const QString& keyId);
    void forgetStoredKey(const WorkloadRef& ref) { noteStoredKey(ref, {}); }

    // A server answer worth remembering: project_scope_mismatch (for the key id and project)
    // and scope_insufficient (for the key id and workload). Other codes are ignored.
    void noteServerAnswer(const QString& keyId, const WorkloadRef& ref, const QString& code);
    // A call that succeeded clears what was remembered for that key id there.
    void noteSuccess(const QString& keyId, const WorkloadRef& ref);

    // "code|keyId|scope" lines (no secret), for QSettings.
    QStringList rememberedAnswers() const;
    void restoreAnswers(const QStringList& lines);

private:
    // The warnings that come from what the guard remembers about the key id.
    void warnSharedKey(const GuardInput& in, const QString& keyId, GuardVerdict* v) const;
    void warnKnownAnswers(const GuardInput& in, const QString& keyId, GuardVerdict* v) const;

    struct Answer {
        QString code, keyId, scope;
        bool operator==(const Answer&) const = default;
    };
    QHash<QString, QString> m_keyIdByAccount;   // keychain account -> key id
    QHash<QString, QString> m_projectByAccount; // keychain account -> host/project
    QList<Answer> m_answers;
};

QString projectScope(const WorkloadRef& ref);  // <host[:port]>/<project>
QString workloadScope(const WorkloadRef& ref); // <host[:port]>/<project>/<workload>

} // namespace ik
