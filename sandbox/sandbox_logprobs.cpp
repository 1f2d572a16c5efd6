// The chat route's token probabilities and continuations, read and written as vLLM does.
#include "sandbox_internal.h"

#include "engine.h"

#include <QJsonArray>

namespace ik::sandbox {

namespace {

QJsonObject entryJson(const QString& token, int top) {
    const engine::TokenProbs probs = engine::tokenProbs(token, top);
    QJsonArray bytes;
    for (char c : token.toUtf8())
        bytes.append(int(uchar(c)));
    QJsonArray alternatives;
    for (const engine::TokenChoice& c : probs.top) {
        QJsonArray b;
        for (char ch : c.token.toUtf8())
            b.append(int(uchar(ch)));
        alternatives.append(QJsonObject{{QStringLiteral("token"), c.token},
                                        {QStringLiteral("logprob"), c.logprob},
                                        {QStringLiteral("bytes"), b}});
    }
    return {{QStringLiteral("token"), token},
            {QStringLiteral("logprob"), probs.logprob},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("top_logprobs"), alternatives}};
}

} // namespace

bool readLogprobOptions(const QJsonObject& body, const QList<QString>& roles, LogprobOptions* out,
                        QString* error) {
    const QJsonValue lv = body.value(u"logprobs");
    if (!lv.isUndefined() && !lv.isNull() && !lv.isBool()) {
        *error = QStringLiteral("logprobs must be true or false");
        return false;
    }
    out->on = lv.toBool(false);
    std::optional<qint64> top;
    if (!readInt(body, QStringLiteral("top_logprobs"), 0, 20, &top, error))
        return false;
    if (top && !out->on) {
        *error = QStringLiteral("when using top_logprobs, logprobs must be set to true");
        return false;
    }
    out->top = int(top.value_or(0));
    // vLLM's chat template options: add_generation_prompt defaults to true, and continuing the
    // last message with a generation prompt added after it is refused.
    const QJsonValue cv = body.value(u"continue_final_message");
    const QJsonValue gv = body.value(u"add_generation_prompt");
    if ((!cv.isUndefined() && !cv.isBool()) || (!gv.isUndefined() && !gv.isBool())) {
        *error = QStringLiteral("continue_final_message and add_generation_prompt must be true or "
                                "false");
        return false;
    }
    out->continueFinal = cv.toBool(false);
    if (out->continueFinal && gv.toBool(true)) {
        *error = QStringLiteral("Cannot set both `continue_final_message` and "
                                "`add_generation_prompt` to True.");
        return false;
    }
    if (out->continueFinal && (roles.isEmpty() || roles.last() != u"assistant")) {
        *error = QStringLiteral("continue_final_message is set, but the last message is not "
                                "from the assistant");
        return false;
    }
    return true;
}

void continuePrefix(const QString& prefix, QStringList* tokens) {
    if (tokens->isEmpty() || prefix.isEmpty())
        return;
    QString& first = tokens->first();
    const bool joined = prefix.back().isSpace() || first.isEmpty() || first.front().isSpace() ||
                        first.front().isPunct();
    if (!joined)
        first.prepend(u' ');
}

QByteArray tokenLogprobsJson(const QString& token, int top) {
    return compact(QJsonObject{{QStringLiteral("content"), QJsonArray{entryJson(token, top)}}});
}

QJsonObject answerLogprobsJson(const QStringList& tokens, int top) {
    QJsonArray content;
    for (const QString& t : tokens)
        content.append(entryJson(t, top));
    return {{QStringLiteral("content"), content}};
}

} // namespace ik::sandbox
