#include "endpoint.h"

#include <QCoreApplication>

#include "credential.h"
#include "httpversion.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace ik {

namespace {

// Decided on the literal host only: resolving a name here would already leak where we are going.
bool isLoopbackHost(const QString& host) {
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

bool hasControlCharacter(const QString& text) {
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

Endpoint::Endpoint(QNetworkAccessManager* nam, WorkloadRef ref, QString key, QObject* parent)
    : QObject(parent), m_nam(nam), m_ref(std::move(ref)), m_key(std::move(key)) {}

void Endpoint::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    // The key only ever travels in the header this class builds from it.
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
        return;
    for (qsizetype i = 0; i < m_extraHeaders.size(); ++i) {
        if (m_extraHeaders[i].first.compare(name, Qt::CaseInsensitive) == 0) {
            if (value.isEmpty())
                m_extraHeaders.removeAt(i);
            else
                m_extraHeaders[i].second = value;
            return;
        }
    }
    if (!value.isEmpty())
        m_extraHeaders.append(qMakePair(name, value));
}

std::optional<Error> Endpoint::refusal() const {
    if (m_ref.project.trimmed().isEmpty()) {
        return makeError(ErrorKind::Configuration,
                         QCoreApplication::translate("ik::Endpoint", "no project given"),
                         QCoreApplication::translate("ik::Endpoint",
                                                     "Set the project slug (--project or "
                                                     "INFERENCEKEY_PROJECT)."));
    }
    const Verdict verdict = judgeKey(m_key, m_inferenceKey);
    if (!verdict.sendable()) {
        return makeError(
            ErrorKind::Configuration, verdict.reason,
            verdict.fix.isEmpty()
                ? QCoreApplication::translate("ik::Endpoint", "Paste the workload's ik_live_ key.")
                : verdict.fix);
    }
    // A foreign key is not parsed by the guard; a line break in it would split the header.
    if (hasControlCharacter(m_key)) {
        return makeError(ErrorKind::Configuration,
                         QCoreApplication::translate(
                             "ik::Endpoint", "the key contains a control character or line break"),
                         QCoreApplication::translate(
                             "ik::Endpoint", "Paste the key again without surrounding text."));
    }
    // Checked here, not when set: every caller's header is refused the same way, and the run
    // says why instead of a header silently missing.
    for (const auto& [name, value] : m_extraHeaders) {
        const QString problem = headerProblem(name, value);
        if (!problem.isEmpty())
            return makeError(ErrorKind::Configuration, problem,
                             QCoreApplication::translate(
                                 "ik::Endpoint", "Give each extra header as one line 'Name: value' "
                                                 "with no line breaks or control characters."));
    }
    const QUrl url = workloadUrl(m_ref, QStringLiteral("/chat/completions"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return makeError(
            ErrorKind::Configuration,
            QCoreApplication::translate("ik::Endpoint",
                                        "the base URL \"%1\" is not an http(s) URL with a host")
                .arg(redactSecrets(m_ref.baseUrl.toString())),
            QCoreApplication::translate("ik::Endpoint",
                                        "Use a base URL like https://api.inferencekey.com."));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return makeError(
            ErrorKind::Configuration,
            QCoreApplication::translate("ik::Endpoint",
                                        "refused to send the key over plain http:// to %1: only "
                                        "loopback (127.0.0.1, ::1, localhost) may use http")
                .arg(url.host()),
            QCoreApplication::translate("ik::Endpoint",
                                        "Use https:// for a server that is not on this machine."));
    }
    return std::nullopt;
}

Run* Endpoint::chat(const ChatRequest& request) {
    ChatRequest sent = request;
    if (sent.model.trimmed().isEmpty() && !m_ref.workload.trimmed().isEmpty())
        sent.model = m_ref.workload;
    return start(Run::Type::Chat, QStringLiteral("/chat/completions"), chatBody(sent), sent.stream,
                 validateChat(sent), -1);
}

Run* Endpoint::embed(const EmbeddingsRequest& request) {
    EmbeddingsRequest sent = request;
    if (sent.model.trimmed().isEmpty() && !m_ref.workload.trimmed().isEmpty())
        sent.model = m_ref.workload;
    return start(Run::Type::Embeddings, QStringLiteral("/embeddings"), embeddingsBody(sent), false,
                 validateEmbeddings(sent), int(sent.input.size()));
}

Run* Endpoint::rerank(const RerankRequest& request) {
    RerankRequest sent = request;
    if (sent.model.trimmed().isEmpty() && !m_ref.workload.trimmed().isEmpty())
        sent.model = m_ref.workload;
    return start(Run::Type::Rerank, QStringLiteral("/rerank"), rerankBody(sent), false,
                 validateRerank(sent), -1);
}

Run* Endpoint::start(Run::Type type, const QString& route, const QByteArray& body, bool stream,
                     std::optional<Error> localError, int expectedCount) {
    auto* run = new Run(type, this);
    run->m_streaming = stream;

    const QUrl url = workloadUrl(m_ref, route);
    HeaderList headers;
    const auto header = [](const char* name, const QByteArray& value) {
        return qMakePair(QByteArray(name), value);
    };
    headers.append(header("Content-Type", "application/json"));
    if (stream)
        headers.append(header("Accept", "text/event-stream"));
    headers.append(header("User-Agent", "ik-playground"));
    headers.append(m_extraHeaders);

    RunRecord& record = run->m_record;
    record.method = "POST";
    record.url = url;
    record.requestHeaders.append(header("Authorization", "Bearer " + redactKey(m_key).toUtf8()));
    // The record is shown and exported: a key pasted into a header value is redacted there.
    for (const auto& [name, value] : headers) {
        const QString text = QString::fromUtf8(value);
        record.requestHeaders.append(
            qMakePair(name, containsCredential(text) ? redactSecrets(text).toUtf8() : value));
    }
    record.requestBody = body;

    std::optional<Error> refused = refusal();
    if (!refused)
        refused = std::move(localError);
    if (!refused && !m_nam) {
        refused =
            makeError(ErrorKind::Network,
                      QCoreApplication::translate("ik::Endpoint", "the network manager is gone"),
                      QCoreApplication::translate("ik::Endpoint", "Restart the application."));
    }
    if (refused) {
        run->refuse(*refused);
        return run;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // Every redirect is looked at: the key may follow one only to the same scheme, host and port.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    applyHttpVersion(m_nam, request);
    if (!m_caCertificates.isEmpty()) {
        // Added to the defaults, so the system's authorities and every other check still apply.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    run->send(m_nam, request, body, m_connectTimeoutMs, m_idleTimeoutMs, expectedCount);
    return run;
}

} // namespace ik
