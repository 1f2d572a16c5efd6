#include "engine.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ik::sandbox::engine {

namespace {

// splitmix64: tiny, good enough, and identical on every platform (std:: distributions are not).
struct Rng {
    quint64 state;
    quint64 next() {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
};

const QSet<QString>& stopWords() {
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"a",      "an",    "the",   "and",  "or",   "but",  "if",    "of",    "to",
              "in",     "on",    "at",    "by",   "for",  "with", "from",  "is",    "are",
              "was",    "were",  "be",    "been", "it",   "its",  "this",  "that",  "these",
              "those",  "i",     "you",   "we",   "they", "he",   "she",   "me",    "my",
              "your",   "our",   "their", "do",   "does", "did",  "can",   "could", "would",
              "should", "will",  "what",  "how",  "why",  "when", "where", "which", "who",
              "please", "about", "there", "here", "have", "has",  "had",   "not",   "no",
              "yes",    "so",    "as",    "than", "then", "some", "any",   "all",   "just",
              "into",   "out",   "up",    "down", "over", "very", "also",  "hello", "hi",
              "tell",   "give",  "want",  "need", "know", "let",  "lets",  "am"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Words as a reader would see them: letters, digits and inner apostrophes or hyphens.
QStringList words(const QString& text) {
    QStringList out;
    QString cur;
    auto flush = [&] {
        while (!cur.isEmpty() && (cur.back() == u'\'' || cur.back() == u'-'))
            cur.chop(1);
        if (!cur.isEmpty())
            out.append(cur);
        cur.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber() || ((c == u'\'' || c == u'-') && !cur.isEmpty()))
            cur.append(c);
        else
            flush();
    }
    flush();
    return out;
}

// Long enough for a whole pasted key (81 characters): a model that echoes a key is what the
// leak tests need the sandbox to be.
constexpr qsizetype kMaxTopicLength = 128;

// The words of the prompt worth talking about, in order of appearance.
QStringList topics(const QList<Message>& messages) {
    QString source;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == u"user") {
            source = it->content;
            break;
        }
    }
    if (source.isEmpty() && !messages.isEmpty())
        source = messages.back().content;
    // Runs of content words ("billing webhook secret") read better than lone words, so they
    // come first, longest first; their single words follow for variety.
    const QStringList all = words(source);
    QList<QStringList> runs;
    QStringList run;
    for (const QString& word : all) {
        // One long word would otherwise be echoed whole in every sentence and cut into
        // thousands of tokens: what one request may cost stays bounded.
        const QString w = word.left(kMaxTopicLength);
        const QString lower = w.toLower();
        if (lower.size() < 3 || stopWords().contains(lower)) {
            if (!run.isEmpty())
                runs.append(run);
            run.clear();
            continue;
        }
        // Keep acronyms and names as written; lower-case ordinary words mid-sentence.
        const bool keepCase = w.size() > 1 && (w.at(1).isUpper() || w.at(0).isDigit());
        run.append(keepCase ? w : lower);
        if (run.size() == 3) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    std::stable_sort(runs.begin(), runs.end(), [](const QStringList& a, const QStringList& b) {
        return a.size() > b.size();
    });
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString& t) {
        if (!seen.contains(t) && out.size() < 8) {
            seen.insert(t);
            out.append(t);
        }
    };
    for (const QStringList& r : runs)
        add(r.join(u' '));
    for (const QStringList& r : runs)
        for (const QString& w : r)
            add(w);
    if (out.isEmpty()) {
        for (const QString& w : all) {
            out.append(w.toLower());
            if (out.size() == 3)
                break;
        }
    }
    if (out.isEmpty())
        out.append(QStringLiteral("that"));
    return out;
}

// Ordered from the most "likely" to the least: a low temperature samples from the head only.
constexpr const char* kOpeners[] = {
    "Good question about {a}.",          "Here is a short answer about {a}.",
    "Happy to help with {a}.",           "Let me walk through {a} step by step.",
    "Sure, let's look at {a} together.", "Thanks for asking about {a}.",
};
constexpr const char* kBodies[] = {
    "The key point is that {a} usually depends on {b}.",
    "Start by checking how {a} is set up, then compare it with {b}.",
    "In most setups {a} works well once {b} is in place.",
    "If {a} still fails, look at the logs for {b} first.",
    "A common mistake is to change {a} and {b} at the same time.",
    "Keep {a} small at first and measure before you scale it.",
    "Many teams document {a} next to {b} so nobody has to guess.",
    "You can test {a} locally before you roll it out.",
    "It helps to write down what you expect from {a} before you try it.",
    "When {b} changes, {a} usually needs a second look.",
    "Try the simplest version of {a} first, and only then add {b}.",
    "The numbers for {a} look reasonable for a first pass.",
    "Think of {a} as a contract: {b} is the part that tends to drift.",
    "Honestly, {a} is less mysterious than it sounds once you see {b} in action.",
    "Curiously, people often blame {b} when {a} is the real culprit.",
    "A quick sketch on paper of {a} and {b} can save an afternoon.",
};
constexpr const char* kClosers[] = {
    "Let me know if you want more detail on {a}.",
    "I hope this helps with {a}.",
    "Tell me more about {b} and I can be more specific.",
    "Happy to go deeper into {b} if that is useful.",
};

template <std::size_t N> int pick(Rng& rng, const char* const (&)[N], double temperature) {
    // Temperature widens the pool the sampler draws from: 0 is greedy (always the head).
    const int pool = std::clamp(1 + int(std::lround(temperature * double(N) / 1.5)), 1, int(N));
    return rng.below(pool);
}

QString fill(const char* templ, const QString& a, const QString& b) {
    QString s = QString::fromLatin1(templ);
    s.replace(QStringLiteral("{a}"), a);
    s.replace(QStringLiteral("{b}"), b);
    s[0] = s[0].toUpper();
    return s;
}

// Word pieces: a leading space belongs to the word, long words split in pieces of up to five
// characters, punctuation is a token of its own. Roughly what a BPE tokenizer does to English.
void tokenize(const QString& sentence, bool leadingSpace, QStringList& out) {
    const QStringList parts = sentence.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString w = parts[i];
        QString tail;
        while (!w.isEmpty() && w.back().isPunct()) {
            tail.prepend(w.back());
            w.chop(1);
        }
        QString first = (i > 0 || leadingSpace) ? QStringLiteral(" ") : QString();
        if (w.size() <= 7) {
            if (!w.isEmpty())
                out.append(first + w);
        } else {
            out.append(first + w.left(5));
            for (qsizetype p = 5; p < w.size(); p += 5)
                out.append(w.mid(p, 5));
        }
        for (QChar c : tail)
            out.append(QString(c));
    }
}

} // namespace

quint64 hash64(const QString& text, quint64 basis) {
    quint64 h = basis;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

int countWords(const QString& text) {
    int n = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

namespace {

// The seed of a reply: the messages, and at a temperature above 0 the request's seed too.
quint64 chatSeed(const ChatRequest& request, double temperature, int* promptTokens) {
    quint64 seed = 0xcbf29ce484222325ULL;
    for (const Message& m : request.messages) {
        seed = hash64(m.role, seed);
        seed = hash64(QStringLiteral("\x1f") + m.content, seed);
        *promptTokens += countWords(m.content);
    }
    if (temperature > 0) {
        seed ^= quint64(request.seed) * 0x9e3779b97f4a7c15ULL;
        seed ^= quint64(std::llround(temperature * 100)) << 48;
    }
    return seed;
}

// How long the reply should be; exact when a setting asks for that very length.
struct ReplyLength {
    int target = 0;
    bool exact = false;
};

ReplyLength replyLength(const ChatRequest& request, Rng& rng) {
    ReplyLength length{30 + rng.below(51), false};
    if (request.replyTokens > 0)
        length = {request.replyTokens, true};
    else if (request.ignoreEos && request.maxTokens)
        length = {*request.maxTokens, true};
    else if (request.minTokens > length.target)
        length.target = request.minTokens;
    return length;
}

// The words a reply talks about: in turn at temperature 0, drawn at random above it.
struct Topics {
    QStringList words;
    Rng& rng;
    double temperature;
    QString operator()(int salt) const {
        if (temperature == 0)
            return words[salt % words.size()];
        return words[rng.below(int(words.size()))];
    }
};

// Opener, body sentences up to the length, and a closer unless the length is exact.
void writeSentences(Rng& rng, const Topics& topic, double temperature, ReplyLength length,
                    QStringList& tokens) {
    const int target = length.target;
    const bool exact = length.exact;
    tokenize(fill(kOpeners[pick(rng, kOpeners, temperature)], topic(0), topic(1)), false, tokens);
    int sentence = 1;
    // Leave room for a closing sentence of about a dozen tokens.
    while (tokens.size() < target - 12 || (exact && tokens.size() < target)) {
        tokenize(
            fill(kBodies[pick(rng, kBodies, temperature)], topic(sentence), topic(sentence + 1)),
            true, tokens);
        ++sentence;
        if (tokens.size() > 8'000'000)
            break;
    }
    if (!exact)
        tokenize(fill(kClosers[pick(rng, kClosers, temperature)], topic(0), topic(1)), true,
                 tokens);
    if (exact && tokens.size() > target)
        tokens.resize(target);
}

// A stop string ends the reply just before it, as a server does while decoding.
void cutAtStop(const QStringList& stop, ChatReply& reply) {
    const QString text = reply.text();
    qsizetype cut = -1;
    for (const QString& s : stop) {
        if (s.isEmpty())
            continue;
        const qsizetype at = text.indexOf(s);
        if (at >= 0 && (cut < 0 || at < cut))
            cut = at;
    }
    if (cut < 0)
        return;
    qsizetype pos = 0;
    QStringList kept;
    for (const QString& t : reply.tokens) {
        if (pos + t.size() <= cut) {
            kept.append(t);
            pos += t.size();
            continue;
        }
        if (cut > pos)
            kept.append(t.left(cut - pos));
        break;
    }
    reply.tokens = kept;
    reply.finishReason = QStringLiteral("stop");
}

} // namespace

ChatReply generateChat(const ChatRequest& request) {
    ChatReply reply;
    const double temperature = std::clamp(request.temperature, 0.0, 2.0);
    Rng rng{chatSeed(request, temperature, &reply.promptTokens)};
    const Topics topic{topics(request.messages), rng, temperature};
    const ReplyLength length = replyLength(request, rng);
    QStringList& tokens = reply.tokens;
    writeSentences(rng, topic, temperature, length, tokens);
    reply.finishReason = QStringLiteral("stop");
    if (request.maxTokens && tokens.size() > *request.maxTokens) {
        tokens.resize(std::max(0, *request.maxTokens));
        reply.finishReason = QStringLiteral("length");
    }
    if (length.exact && request.ignoreEos && request.replyTokens <= 0)
        reply.finishReason = QStringLiteral("length");
    if (!request.stop.isEmpty())
        cutAtStop(request.stop, reply);
    return reply;
}

QVector<float> embed(const QString& text, int dimension, const QString& featurisation) {
    QVector<float> v(std::max(dimension, 1), 0.0f);
    // Each feature lands in a few signed buckets: vectors come out dense like a real model's,
    // while texts sharing features still share directions (a sparse random projection).
    auto add = [&](const QString& feature, float weight) {
        Rng rng{hash64(feature)};
        for (int k = 0; k < 6; ++k) {
            const quint64 r = rng.next();
            const float sign = (r >> 63) ? 1.0f : -1.0f;
            v[int((r & 0xffffffffULL) % quint64(v.size()))] += sign * weight;
        }
    };
    const QString lower = text.toLower();
    if (featurisation == u"word") {
        const QStringList ws = words(lower);
        for (qsizetype i = 0; i < ws.size(); ++i) {
            add(ws[i], stopWords().contains(ws[i]) ? 0.3f : 1.0f);
            if (i + 1 < ws.size())
                add(ws[i] + u'\x1f' + ws[i + 1], 0.7f);
        }
    } else {
        // Trigrams over the words with a space on each side, so word starts and ends count.
        const QString padded = u' ' + words(lower).join(u' ') + u' ';
        for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
            add(padded.mid(i, 3), 1.0f);
    }
    double norm = 0;
    for (float x : v)
        norm += double(x) * double(x);
    if (norm == 0) {
        // No features (punctuation only): a fixed unit vector keeps the result normalised.
        v[int(hash64(lower) % quint64(v.size()))] = 1.0f;
        return v;
    }
    const double inv = 1.0 / std::sqrt(norm);
    for (float& x : v)
        x = float(double(x) * inv);
    return v;
}

double relevance(const QString& query, const QString& document) {
    auto terms = [](const QString& t) {
        QSet<QString> s;
        for (const QString& w : words(t.toLower()))
            if (!stopWords().contains(w))
                s.insert(w);
        return s;
    };
    const QSet<QString> q = terms(query);
    const QSet<QString> d = terms(document);
    double wordScore = 0;
    if (!q.isEmpty() && !d.isEmpty()) {
        const double common = double(QSet<QString>(q).intersect(d).size());
        wordScore = common / std::sqrt(double(q.size()) * double(d.size()));
    }
    // Trigram cosine gives partial credit to inflections (refund / refunds / refunded).
    const QVector<float> a = embed(query, 512, QStringLiteral("char-ngram"));
    const QVector<float> b = embed(document, 512, QStringLiteral("char-ngram"));
    double cos = 0;
    for (int i = 0; i < a.size(); ++i)
        cos += double(a[i]) * double(b[i]);
    const double score = 0.7 * wordScore + 0.3 * std::max(0.0, cos);
    return std::clamp(std::round(score * 1e6) / 1e6, 0.0, 1.0);
}

QString longText(int bytes, quint64 seed) {
    Rng rng{seed};
    QString out;
    out.reserve(bytes + 200);
    const QString a = QStringLiteral("this reply"), b = QStringLiteral("the stream");
    while (out.size() < bytes) {
        out += u' ';
        out += fill(kBodies[rng.below(int(std::size(kBodies)))], a, b);
    }
    out.truncate(bytes);
    return out;
}

ReasoningForm reasoningFormFromName(QStringView name) {
    if (name.compare(u"content", Qt::CaseInsensitive) == 0)
        return ReasoningForm::Content;
    if (name.compare(u"reasoning", Qt::CaseInsensitive) == 0)
        return ReasoningForm::Field;
    if (name.compare(u"think", Qt::CaseInsensitive) == 0)
        return ReasoningForm::Think;
    return ReasoningForm::None;
}

ReasoningForm reasoningFormForModel(const QString& model) {
    // "r1" as a word of the name (deepseek-r1), not inside another one.
    static const QRegularExpression r1(QStringLiteral("(^|[^a-z0-9])r1($|[^a-z0-9])"));
    const QString m = model.toLower();
    return m.contains(u"reason") || r1.match(m).hasMatch() ? ReasoningForm::Content
                                                           : ReasoningForm::None;
}

namespace {

QString lastOf(const QList<Message>& messages, QStringView role) {
    for (auto it = messages.crbegin(); it != messages.crend(); ++it)
        if (it->role == role)
            return it->content;
    return {};
}

QJsonValue exampleValue(const QJsonObject& schema, const QString& prompt) {
    const QJsonArray choices = schema.value(u"enum").toArray();
    if (!choices.isEmpty())
        return choices.first();
    const QString type = schema.value(u"type").toString();
    if (type == u"integer" || type == u"number")
        return 3;
    if (type == u"boolean")
        return true;
    if (type == u"array")
        return QJsonArray{};
    if (type == u"object")
        return QJsonObject{};
    // A string: the last word of the prompt, which is where people put the place or the thing.
    const QStringList words = prompt.split(u' ', Qt::SkipEmptyParts);
    QString word = words.isEmpty() ? QStringLiteral("sandbox") : words.last();
    word.remove(QRegularExpression(QStringLiteral("[^\\w-]")));
    return word.isEmpty() ? QStringLiteral("sandbox") : word;
}

QString argumentsFor(const QJsonObject& function, const QString& prompt) {
    QJsonObject args;
    const QJsonObject props =
        function.value(u"parameters").toObject().value(u"properties").toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        args.insert(it.key(), exampleValue(it.value().toObject(), prompt));
    return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
}

QString callId(const QString& name, const QString& prompt) {
    return QStringLiteral("call_%1").arg(hash64(name + prompt) & 0xffffffffffULL, 10, 16,
                                         QLatin1Char('0'));
}

} // namespace

QStringList reasoningTokens(const QList<Message>& messages) {
    const QString topic = lastOf(messages, u"user").simplified().left(60);
    const QString text = QStringLiteral("The user asks: \u201c%1\u201d. I will answer briefly and "
                                        "check the answer once.")
                             .arg(topic);
    QStringList tokens;
    for (const QString& w : text.split(u' '))
        tokens.append(tokens.isEmpty() ? w : QStringLiteral(" ") + w);
    return tokens;
}

QList<PlannedCall> planToolCalls(const QList<Message>& messages, const QJsonArray& tools,
                                 const QJsonValue& toolChoice, bool parallel) {
    if (tools.isEmpty() || toolChoice.toString() == u"none" ||
        (!messages.isEmpty() && messages.last().role == u"tool"))
        return {};
    const QString prompt = lastOf(messages, u"user");
    const QString forced =
        toolChoice.toObject().value(u"function").toObject().value(u"name").toString();
    QList<PlannedCall> calls;
    for (const QJsonValue& t : tools) {
        const QJsonObject function = t.toObject().value(u"function").toObject();
        const QString name = function.value(u"name").toString();
        const bool wanted = forced.isEmpty()
                                ? prompt.contains(name, Qt::CaseInsensitive) && !name.isEmpty()
                                : name == forced;
        if (!wanted)
            continue;
        calls.append({callId(name, prompt), name, argumentsFor(function, prompt)});
        if (!parallel)
            break;
    }
    if (calls.isEmpty() && toolChoice.toString() == u"required") {
        const QJsonObject function = tools.first().toObject().value(u"function").toObject();
        const QString name = function.value(u"name").toString();
        calls.append({callId(name, prompt), name, argumentsFor(function, prompt)});
    }
    return calls;
}

QStringList fragments(const QString& text, int size) {
    QStringList out;
    for (qsizetype i = 0; i < text.size(); i += size)
        out.append(text.mid(i, size));
    return out;
}

} // namespace ik::sandbox::engine
