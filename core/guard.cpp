#include "guard.h"

#include <QCoreApplication>

#include "workloads.h"

namespace ik {

namespace {

QString hostPort(const QUrl& url) {
    QString h = url.host().toLower();
    if (url.port() != -1)
        h += u':' + QString::number(url.port());
    return h;
}

const QString kProjectMismatch = QStringLiteral("project_scope_mismatch");
const QString kScopeInsufficient = QStringLiteral("scope_insufficient");

// The block the key's own verdict calls for, if any.
std::optional<GuardFinding> keyFinding(const Verdict& key) {
    switch (key.status) {
    case Verdict::Status::Ok:
    case Verdict::Status::Risky:
        return std::nullopt;
    case Verdict::Status::WrongType:
        return GuardFinding{
            QStringLiteral("wrong_credential_type"),
            QCoreApplication::translate("ik::Guard",
                                        "Wrong credential type: this is an ik_sdk_ control token, "
                                        "and data routes only accept an ik_live_ key."),
            QCoreApplication::translate("ik::Guard",
                                        "Paste the workload's ik_live_ key. Control tokens are for "
                                        "importing workloads from a project.")};
    case Verdict::Status::Malformed:
        return GuardFinding{
            QStringLiteral("malformed_key"),
            key.reason.isEmpty() ? QCoreApplication::translate("ik::Guard", "The key is malformed.")
                                 : key.reason,
            key.fix.isEmpty()
                ? QCoreApplication::translate("ik::Guard", "Copy the whole key again from the "
                                                           "console.")
                : key.fix};
    case Verdict::Status::Fixable:
        return GuardFinding{
            QStringLiteral("fixable_key"),
            key.reason.isEmpty() ? QCoreApplication::translate(
                                       "ik::Guard", "The key has extra characters around it: %1.")
                                       .arg(key.changes.join(QStringLiteral("; ")))
                                 : key.reason,
            key.fix.isEmpty() ? QCoreApplication::translate(
                                    "ik::Guard", "Apply the fix to use the cleaned-up key.")
                              : key.fix};
    case Verdict::Status::Missing:
        return GuardFinding{
            QStringLiteral("missing_key"),
            QCoreApplication::translate("ik::Guard",
                                        "No key: this workload has no ik_live_ key yet."),
            QCoreApplication::translate("ik::Guard",
                                        "Paste the workload's ik_live_ key in the key field.")};
    case Verdict::Status::Foreign:
        return GuardFinding{
            QStringLiteral("foreign_key"),
            key.reason.isEmpty()
                ? QCoreApplication::translate("ik::Guard", "This is not an InferenceKey key.")
                : key.reason,
            key.fix.isEmpty()
                ? QCoreApplication::translate("ik::Guard", "Paste the workload's ik_live_ key.")
                : key.fix};
    }
    return std::nullopt;
}

// The base URL: valid http(s), and never plain http to another computer with a key.
std::optional<GuardFinding> urlFinding(const GuardInput& in) {
    const QUrl& base = in.ref.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        return GuardFinding{
            QStringLiteral("invalid_url"),
            QCoreApplication::translate("ik::Guard",
                                        "The workload's base URL is not a valid http(s) URL."),
            QCoreApplication::translate("ik::Guard", "Edit the workload and fix its base URL.")};
    }
    if (scheme == u"http" && !isLoopbackHost(base.host()) && !in.key.isEmpty()) {
        return GuardFinding{
            QStringLiteral("plain_http"),
            QCoreApplication::translate("ik::Guard",
                                        "The key would travel over plain http:// to %1, where "
                                        "anyone on the way can read it.")
                .arg(base.host()),
            QCoreApplication::translate("ik::Guard",
                                        "Use the https:// URL of the server (plain http is only "
                                        "allowed to this computer).")};
    }
    return std::nullopt;
}

// A key pasted into the text would be sent to the model as text.
void warnKeyInText(const GuardInput& in, QList<GuardFinding>* warnings) {
    if (containsCredential(in.prompt))
        warnings->append({QStringLiteral("key_in_prompt"),
                          QCoreApplication::translate(
                              "ik::Guard", "The prompt contains something that looks like a key; "
                                           "it would be sent to the model as text."),
                          QCoreApplication::translate(
                              "ik::Guard", "Remove the key from the prompt unless you mean to send "
                                           "it.")});
    if (containsCredential(in.system))
        warnings->append({QStringLiteral("key_in_system"),
                          QCoreApplication::translate(
                              "ik::Guard", "The system text contains something that looks like a "
                                           "key; it would be sent to the model as text."),
                          QCoreApplication::translate(
                              "ik::Guard", "Remove the key from the system text unless you mean to "
                                           "send it.")});
}

} // namespace

QString projectScope(const WorkloadRef& ref) {
    return hostPort(ref.baseUrl) + u'/' + ref.project;
}

QString workloadScope(const WorkloadRef& ref) {
    return projectScope(ref) + u'/' + ref.workload;
}

bool GuardVerdict::has(const QString& code) const {
    for (const auto& f : blocks)
        if (f.code == code)
            return true;
    for (const auto& f : warnings)
        if (f.code == code)
            return true;
    return false;
}

QString GuardVerdict::headline() const {
    if (!blocks.isEmpty())
        return blocks.first().reason;
    if (!warnings.isEmpty())
        return warnings.first().reason;
    return QCoreApplication::translate("ik::Guard",
                                       "Ready: the key is well-formed for this workload.");
}

QString GuardVerdict::fix() const {
    if (!blocks.isEmpty())
        return blocks.first().fix;
    if (!warnings.isEmpty())
        return warnings.first().fix;
    return {};
}

QString GuardVerdict::details() const {
    QStringList lines;
    for (const auto& f : blocks)
        lines.append(
            QCoreApplication::translate("ik::Guard", "Blocked: %1 %2").arg(f.reason, f.fix));
    for (const auto& f : warnings)
        lines.append(
            QCoreApplication::translate("ik::Guard", "Asks first: %1 %2").arg(f.reason, f.fix));
    if (lines.isEmpty())
        lines.append(headline());
    return lines.join(u'\n');
}

void CredentialGuard::warnSharedKey(const GuardInput& in, const QString& keyId,
                                    GuardVerdict* v) const {
    const QString account = keychainAccount(in.ref);
    const QString here = projectScope(in.ref);
    QStringList others;
    for (auto it = m_keyIdByAccount.begin(); it != m_keyIdByAccount.end(); ++it) {
        if (it.key() == account || it.value() != keyId)
            continue;
        const QString project = m_projectByAccount.value(it.key());
        if (project != here && !others.contains(project))
            others.append(project);
    }
    if (!others.isEmpty())
        v->warnings.append(
            {QStringLiteral("key_shared_across_projects"),
             QCoreApplication::translate(
                 "ik::Guard", "The same key (%1) is stored for workloads of another project "
                              "(%2); a key belongs to one project.")
                 .arg(redactKey(in.key), others.join(QStringLiteral(", "))),
             QCoreApplication::translate("ik::Guard",
                                         "Check that this is the key issued for project %1.")
                 .arg(in.ref.project)});
}

void CredentialGuard::warnKnownAnswers(const GuardInput& in, const QString& keyId,
                                       GuardVerdict* v) const {
    const QString here = projectScope(in.ref);
    const QString wscope = workloadScope(in.ref);
    for (const auto& a : m_answers) {
        if (a.keyId != keyId)
            continue;
        if (a.code == kProjectMismatch && a.scope == here)
            v->warnings.append(
                {QStringLiteral("known_project_scope_mismatch"),
                 QCoreApplication::translate(
                     "ik::Guard", "The server answered project_scope_mismatch for this key (%1) "
                                  "in project %2 before: it belongs to another project.")
                     .arg(redactKey(in.key), in.ref.project),
                 QCoreApplication::translate("ik::Guard", "Use a key issued for project %1.")
                     .arg(in.ref.project)});
        else if (a.code == kScopeInsufficient && a.scope == wscope)
            v->warnings.append(
                {QStringLiteral("known_scope_insufficient"),
                 QCoreApplication::translate(
                     "ik::Guard", "The server answered scope_insufficient for this key (%1) on "
                                  "workload %2 before: it is not issued for it.")
                     .arg(redactKey(in.key), in.ref.workload),
                 QCoreApplication::translate("ik::Guard",
                                             "Use a key issued for %1/%2 (or for %1/*).")
                     .arg(in.ref.project, in.ref.workload)});
    }
}

GuardVerdict CredentialGuard::judge(const GuardInput& in) const {
    GuardVerdict v;
    v.key = judgeKey(in.key, in.inferenceKey);
    if (auto f = keyFinding(v.key))
        v.blocks.append(*f);
    if (auto f = urlFinding(in))
        v.blocks.append(*f);
    warnKeyInText(in, &v.warnings);
    const Credential cred = Credential::parse(in.key);
    if (cred.kind == CredentialKind::DataKey && !cred.id.isEmpty()) {
        warnSharedKey(in, cred.id, &v);
        warnKnownAnswers(in, cred.id, &v);
    }
    return v;
}

void CredentialGuard::noteStoredKey(const WorkloadRef& ref, const QString& keyId) {
    const QString account = keychainAccount(ref);
    if (keyId.isEmpty()) {
        m_keyIdByAccount.remove(account);
        m_projectByAccount.remove(account);
        return;
    }
    m_keyIdByAccount.insert(account, keyId);
    m_projectByAccount.insert(account, projectScope(ref));
}

void CredentialGuard::noteServerAnswer(const QString& keyId, const WorkloadRef& ref,
                                       const QString& code) {
    if (keyId.isEmpty())
        return;
    Answer a;
    if (code == kProjectMismatch)
        a = {code, keyId, projectScope(ref)};
    else if (code == kScopeInsufficient)
        a = {code, keyId, workloadScope(ref)};
    else
        return;
    if (!m_answers.contains(a))
        m_answers.append(a);
}

void CredentialGuard::noteSuccess(const QString& keyId, const WorkloadRef& ref) {
    const QString p = projectScope(ref), w = workloadScope(ref);
    m_answers.removeIf(
        [&](const Answer& a) { return a.keyId == keyId && (a.scope == p || a.scope == w); });
}

QStringList CredentialGuard::rememberedAnswers() const {
    QStringList lines;
    for (const auto& a : m_answers)
        lines.append(a.code + u'|' + a.keyId + u'|' + a.scope);
    return lines;
}

void CredentialGuard::restoreAnswers(const QStringList& lines) {
    m_answers.clear();
    for (const auto& line : lines) {
        const QStringList parts = line.split(u'|');
        // A secret has no place here; a line that holds one is dropped rather than kept.
        if (parts.size() != 3 || containsCredential(line))
            continue;
        if (parts[0] != kProjectMismatch && parts[0] != kScopeInsufficient)
            continue;
        m_answers.append({parts[0], parts[1], parts[2]});
    }
}

} // namespace ik
