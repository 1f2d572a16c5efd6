// What tinting by token probability costs while an answer streams: the real StreamView offscreen,
// shown and repainted, fed 20,000 tokens with their logprobs in flushes of 32 tokens (2,000
// tokens/s at the view's 16 ms flush), once tinted and once plain in the same run.
//
//   BENCH logprob_render_tokens_per_s        tokens per second the tinted view absorbs
//   BENCH logprob_render_plain_tokens_per_s  the same stream untinted (the baseline)
//   BENCH logprob_render_ratio               tinted over plain (1.0: tinting is free)
//   BENCH logprob_render_cost_growth         tinted cost per token, last 2,000 over first 2,000

#include "engine.h"
#include "logprobs.h"
#include "streamview.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace ik;

namespace {

constexpr int kTokens = 20000;
constexpr int kPerFlush = 32;
constexpr int kWindow = 2000;

// Words of a long answer, each with the sandbox's probabilities and 5 alternatives.
QList<TokenLogprob> answerTokens() {
    static const QStringList words =
        QStringLiteral(
            "the webhook secret rotates when the signing key changes and every consumer must "
            "accept both keys for a short window before the old one is retired\n")
            .split(u' ');
    QList<TokenLogprob> out;
    qsizetype at = 0;
    for (int i = 0; i < kTokens; ++i) {
        const QString token = (i == 0 ? QString() : QStringLiteral(" ")) + words[i % words.size()];
        const sandbox::engine::TokenProbs p = sandbox::engine::tokenProbs(token, 5);
        TokenLogprob t{token, p.logprob, {}, at};
        for (const auto& c : p.top)
            t.top.append({c.token, c.logprob});
        at += token.size();
        out.append(t);
    }
    return out;
}

struct Pass {
    double seconds = 0;
    double firstWindowNs = 0, lastWindowNs = 0;
};

Pass stream(StreamView& view, const QList<TokenLogprob>& tokens, bool tinted) {
    view.clear();
    view.setTinted(tinted);
    Pass pass;
    QElapsedTimer clock;
    clock.start();
    qint64 windowStart = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        view.appendTokens({tokens[i]});
        view.append(tokens[i].token);
        if ((i + 1) % kPerFlush == 0 || i + 1 == tokens.size()) {
            view.flushNow();
            QCoreApplication::processEvents(); // layout and paint, as the window would
        }
        if (i + 1 == kWindow)
            pass.firstWindowNs = double(clock.nsecsElapsed());
        if (i + 1 == tokens.size() - kWindow)
            windowStart = clock.nsecsElapsed();
    }
    pass.lastWindowNs = double(clock.nsecsElapsed() - windowStart);
    pass.seconds = double(clock.nsecsElapsed()) / 1e9;
    return pass;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    StreamView view;
    view.resize(1000, 800);
    view.show();
    const QList<TokenLogprob> tokens = answerTokens();
    // Best of three of each, interleaved, so that both see the same machine.
    Pass tinted{1e9}, plain{1e9};
    for (int round = 0; round < 3; ++round) {
        const Pass p = stream(view, tokens, false);
        if (p.seconds < plain.seconds)
            plain = p;
        const Pass t = stream(view, tokens, true);
        if (t.seconds < tinted.seconds)
            tinted = t;
    }
    const double tintedRate = kTokens / tinted.seconds;
    const double plainRate = kTokens / plain.seconds;
    std::printf("# %d tokens in flushes of %d: tinted %.3f s, plain %.3f s\n", kTokens, kPerFlush,
                tinted.seconds, plain.seconds);
    std::printf("BENCH logprob_render_tokens_per_s %.0f tokens/s\n", tintedRate);
    std::printf("BENCH logprob_render_plain_tokens_per_s %.0f tokens/s\n", plainRate);
    std::printf("BENCH logprob_render_ratio %.3f ratio\n", tintedRate / plainRate);
    std::printf("BENCH logprob_render_cost_growth %.3f ratio\n",
                tinted.lastWindowNs / tinted.firstWindowNs);
    return 0;
}
