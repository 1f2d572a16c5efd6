#include "textdiff.h"

#include <QHash>

#include <vector>

namespace ik {

namespace {

enum class Kind { Word, Space, Other };

Kind kindOf(QChar c) {
    if (c.isSpace())
        return Kind::Space;
    if (c.isLetterOrNumber() || c.isMark() || c == u'_')
        return Kind::Word;
    // Astral letters (surrogates) count as words only when they decode to a letter; see below.
    return Kind::Other;
}

Kind kindAt(const QString& text, qsizetype i, qsizetype* length) {
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
        if (QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs))
            return Kind::Word;
        return Kind::Other;
    }
    *length = 1;
    return kindOf(c);
}

using Op = DiffSpan::Op;

// Edit script over token indices: (op, count) runs.
struct Script {
    std::vector<std::pair<Op, int>> runs;
    bool complete = true;
    void add(Op op, int n) {
        if (n <= 0)
            return;
        if (!runs.empty() && runs.back().first == op)
            runs.back().second += n;
        else
            runs.emplace_back(op, n);
    }
};

class Myers {
public:
    Myers(const QDeadlineTimer& deadline, Script* out) : m_deadline(deadline), m_out(out) {}

    void compare(const int* a, int n, const int* b, int m) {
        int prefix = 0;
        while (prefix < n && prefix < m && a[prefix] == b[prefix])
            ++prefix;
        m_out->add(Op::Equal, prefix);
        a += prefix;
        b += prefix;
        n -= prefix;
        m -= prefix;
        int suffix = 0;
        while (suffix < n && suffix < m && a[n - 1 - suffix] == b[m - 1 - suffix])
            ++suffix;
        n -= suffix;
        m -= suffix;
        if (n == 0)
            m_out->add(Op::Insert, m);
        else if (m == 0)
            m_out->add(Op::Delete, n);
        else
            bisect(a, n, b, m);
        m_out->add(Op::Equal, suffix);
    }

private:
    // Finds the middle snake of a shortest edit script and recurses on both halves, so memory
    // stays linear in the input (a long answer against another must not need O(D^2) memory).
    void bisect(const int* a, int n, const int* b, int m) {
        const int maxD = (n + m + 1) / 2;
        const int vOffset = maxD;
        const int vLength = 2 * maxD + 2;
        std::vector<int> v1(size_t(vLength), -1), v2(size_t(vLength), -1);
        v1[size_t(vOffset + 1)] = 0;
        v2[size_t(vOffset + 1)] = 0;
        const int delta = n - m;
        const bool front = (delta % 2) != 0;
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (int d = 0; d < maxD; ++d) {
            if (!m_deadline.isForever() && m_deadline.hasExpired()) {
                m_out->complete = false;
                break;
            }
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1o = vOffset + k1;
                int x1 = (k1 == -d || (k1 != d && v1[size_t(k1o - 1)] < v1[size_t(k1o + 1)]))
                             ? v1[size_t(k1o + 1)]
                             : v1[size_t(k1o - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                v1[size_t(k1o)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2o = vOffset + delta - k1;
                    if (k2o >= 0 && k2o < vLength && v2[size_t(k2o)] != -1) {
                        const int x2 = n - v2[size_t(k2o)];
                        if (x1 >= x2) {
                            split(a, n, b, m, x1, y1);
                            return;
                        }
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2o = vOffset + k2;
                int x2 = (k2 == -d || (k2 != d && v2[size_t(k2o - 1)] < v2[size_t(k2o + 1)]))
                             ? v2[size_t(k2o + 1)]
                             : v2[size_t(k2o - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                v2[size_t(k2o)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1o = vOffset + delta - k2;
                    if (k1o >= 0 && k1o < vLength && v1[size_t(k1o)] != -1) {
                        const int x1 = v1[size_t(k1o)];
                        const int y1 = vOffset + x1 - k1o;
                        if (x1 >= n - x2) {
                            split(a, n, b, m, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // No overlap found (or out of time): everything in the middle differs.
        m_out->add(Op::Delete, n);
        m_out->add(Op::Insert, m);
    }

    void split(const int* a, int n, const int* b, int m, int x, int y) {
        compare(a, x, b, y);
        compare(a + x, n - x, b + y, m - y);
    }

    QDeadlineTimer m_deadline;
    Script* m_out;
};

// Between two Equal runs, every Delete and Insert is gathered into one Delete then one Insert.
std::vector<std::pair<Op, int>> normalise(const std::vector<std::pair<Op, int>>& runs) {
    std::vector<std::pair<Op, int>> out;
    int del = 0, ins = 0;
    auto flush = [&] {
        if (del > 0)
            out.emplace_back(Op::Delete, del);
        if (ins > 0)
            out.emplace_back(Op::Insert, ins);
        del = ins = 0;
    };
    for (const auto& [op, n] : runs) {
        if (n <= 0)
            continue;
        if (op == Op::Delete) {
            del += n;
        } else if (op == Op::Insert) {
            ins += n;
        } else {
            flush();
            if (!out.empty() && out.back().first == Op::Equal)
                out.back().second += n;
            else
                out.emplace_back(Op::Equal, n);
        }
    }
    flush();
    return out;
}

} // namespace

QStringList diffTokens(const QString& text) {
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        qsizetype len = 0;
        const Kind kind = kindAt(text, i, &len);
        qsizetype j = i + len;
        if (kind != Kind::Other) {
            while (j < size) {
                qsizetype l = 0;
                if (kindAt(text, j, &l) != kind)
                    break;
                j += l;
            }
        }
        tokens.append(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

bool isWordToken(const QString& token) {
    if (token.isEmpty())
        return false;
    qsizetype len = 0;
    return kindAt(token, 0, &len) == Kind::Word;
}

QString DiffResult::textA() const {
    QString out;
    for (const DiffSpan& s : spans)
        if (s.op != DiffSpan::Op::Insert)
            out += s.text;
    return out;
}

QString DiffResult::textB() const {
    QString out;
    for (const DiffSpan& s : spans)
        if (s.op != DiffSpan::Op::Delete)
            out += s.text;
    return out;
}

bool DiffResult::onlyEqual() const {
    for (const DiffSpan& s : spans)
        if (s.op != DiffSpan::Op::Equal)
            return false;
    return true;
}

namespace {

// Tokens become small integers so the inner loop compares ints, not strings.
std::vector<int> intern(const QStringList& tokens, QHash<QString, int>& ids) {
    std::vector<int> out;
    out.reserve(size_t(tokens.size()));
    for (const QString& t : tokens) {
        auto it = ids.constFind(t);
        if (it == ids.cend())
            it = ids.insert(t, int(ids.size()));
        out.push_back(*it);
    }
    return out;
}

// Walks Equal runs that sit between two changes; a run of whitespace only becomes part of both
// the deletion and the insertion.
void foldWhitespace(std::vector<std::pair<Op, int>>& runs, const QStringList& ta) {
    int tokenA = 0;
    for (size_t r = 0; r < runs.size(); ++r) {
        auto& [op, n] = runs[r];
        if (op == Op::Equal && r > 0 && r + 1 < runs.size()) {
            bool blank = true;
            for (int t = tokenA; t < tokenA + n && blank; ++t)
                blank = !ta[t].isEmpty() && ta[t].at(0).isSpace();
            if (blank) {
                const int count = n;
                op = Op::Delete; // becomes Delete, then an Insert of the same tokens follows
                runs.insert(runs.begin() + qsizetype(r) + 1, {Op::Insert, count});
                tokenA += count;
                ++r; // skip the inserted Insert
                continue;
            }
        }
        if (op != Op::Insert)
            tokenA += n;
    }
    runs = normalise(runs);
}

// The runs as spans of text with their character offsets in a and b, words counted.
void addSpans(const std::vector<std::pair<Op, int>>& runs, const QStringList& ta,
              const QStringList& tb, DiffResult* result) {
    int ia0 = 0, ib0 = 0; // token cursors
    int ca = 0, cb = 0;   // character offsets
    for (const auto& [op, n] : runs) {
        DiffSpan span;
        span.op = op;
        span.aStart = ca;
        span.bStart = cb;
        for (int k = 0; k < n; ++k) {
            const QString& tok = op == Op::Insert ? tb[ib0 + k] : ta[ia0 + k];
            span.text += tok;
            if (isWordToken(tok)) {
                if (op == Op::Equal)
                    ++result->equalTokens;
                else if (op == Op::Delete)
                    ++result->deletedTokens;
                else
                    ++result->insertedTokens;
            }
        }
        if (op != Op::Insert) {
            ia0 += n;
            ca += int(span.text.size());
        }
        if (op != Op::Delete) {
            ib0 += n;
            cb += int(span.text.size());
        }
        result->spans.append(span);
    }
}

} // namespace

DiffResult diffWords(const QString& a, const QString& b, const DiffOptions& options) {
    const QStringList ta = diffTokens(a);
    const QStringList tb = diffTokens(b);
    QHash<QString, int> ids;
    const std::vector<int> ia = intern(ta, ids);
    const std::vector<int> ib = intern(tb, ids);

    Script script;
    Myers(options.deadline, &script).compare(ia.data(), int(ia.size()), ib.data(), int(ib.size()));
    std::vector<std::pair<Op, int>> runs = normalise(script.runs);
    if (options.foldWhitespace)
        foldWhitespace(runs, ta);

    DiffResult result;
    result.complete = script.complete;
    addSpans(runs, ta, tb, &result);
    return result;
}

} // namespace ik
