// The answer's token probabilities in the playground, and regenerating from a token: the prefix
// up to it plus the chosen alternative, sent as an assistant message the server continues.

#include "playgroundview.h"

#include "conversationmodel.h"
#include "streamview.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ik {

// A new answer starts empty, or with the prefix it continues (tinted like the answer it came from).
void PlaygroundView::startAnswer() {
    m_answer->clear();
    m_prefix = m_ask ? m_ask->prefix : QString();
    m_prefixTokens = m_ask ? m_ask->prefixTokens : QList<TokenLogprob>();
    m_tokensShown = 0;
    if (m_prefix.isEmpty())
        return;
    m_answer->appendTokens(m_prefixTokens);
    m_answer->append(m_prefix);
}

// The run's tokens the view does not have yet, moved past the prefix.
void PlaygroundView::showAnswerTokens(Run* run) {
    const QList<TokenLogprob>& tokens = run->tokens();
    if (tokens.size() <= m_tokensShown)
        return;
    QList<TokenLogprob> fresh = tokens.sliced(m_tokensShown);
    for (TokenLogprob& t : fresh)
        t.offset += m_prefix.size();
    m_tokensShown = tokens.size();
    m_answer->appendTokens(fresh);
}

// A non-streamed answer arrives whole.
void PlaygroundView::showWholeAnswer(Run* run) {
    const QString text = answerText(run);
    if (m_answer->text() != text) {
        m_answer->setText(text);
        m_answer->appendTokens(m_prefixTokens);
        m_tokensShown = 0;
    }
    showAnswerTokens(run);
}

QString PlaygroundView::answerText(Run* run) const {
    return m_prefix + run->text();
}

void PlaygroundView::regenerateFromToken(int tokenIndex, const QString& alternative) {
    const QList<TokenLogprob>& tokens = m_answer->tokens();
    if (isRunning() || tokenIndex < 0 || tokenIndex >= tokens.size())
        return;
    const TokenLogprob& chosen = tokens[tokenIndex];
    Ask ask;
    ask.prefix = m_answer->text().left(chosen.offset) + alternative;
    ask.prefixTokens = tokens.first(tokenIndex);
    TokenLogprob replaced{alternative, std::nan(""), chosen.top, chosen.offset};
    for (const TokenAlternative& a : chosen.top)
        if (a.token == alternative)
            replaced.logprob = a.logprob;
    ask.prefixTokens.append(replaced);
    ask.request = composeRequest(false);
    QList<ChatMessage>& messages = ask.request.messages;
    // The answer shown is usually the conversation's last turn: the new one takes its place.
    ask.replacesLast = !messages.isEmpty() && messages.last().role == u"assistant" &&
                       messages.last().content == m_answer->text();
    if (ask.replacesLast)
        messages.removeLast();
    if (messages.isEmpty() || messages.last().role != u"user") {
        emit statusMessage(tr("Nothing to regenerate from: the conversation does not end with "
                              "the question this answer replied to."));
        return;
    }
    messages.append({u"assistant"_s, ask.prefix});
    ask.request.continueFinal = true;
    dispatch(ask);
}

} // namespace ik
