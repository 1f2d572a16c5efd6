#pragma once
// Word-level differences between two texts (issue 5 "Diff"). Pure: no I/O, no widgets.
//
// A text is cut into tokens: runs of letters/digits/marks (words), runs of whitespace, and single
// other characters (punctuation, symbols; a surrogate pair stays whole). The token sequences are
// compared with Myers' O(ND) algorithm in linear space (the middle-snake bisection), so the
// result is a shortest edit script; concatenating the Equal and Delete spans gives back `a`
// exactly, the Equal and Insert spans give back `b`.

#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QStringList>

namespace ik {

struct DiffSpan {
    enum class Op { Equal, Delete, Insert };
    Op op = Op::Equal;
    QString text;
    int aStart = 0; // offset in a where the span starts (Insert: where it would go)
    int bStart = 0; // offset in b where the span starts (Delete: where it was taken from)
    bool operator==(const DiffSpan&) const = default;
};

struct DiffOptions {
    // An Equal run made only of whitespace between two changes is folded into them, so that
    // "the cat" -> "a dog" reads as one replacement instead of two with a kept space between.
    bool foldWhitespace = true;
    // Past the deadline the remaining middle is reported as one Delete + one Insert (still exact,
    // no longer minimal); `complete` in the result says so. Forever by default.
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
};

struct DiffResult {
    QList<DiffSpan> spans; // in order; adjacent spans never share an op; Delete before Insert
    bool complete = true;  // false: the deadline cut the search short
    int deletedTokens = 0; // word tokens only (whitespace and punctuation are not counted)
    int insertedTokens = 0;
    int equalTokens = 0;

    QString textA() const; // Equal + Delete
    QString textB() const; // Equal + Insert
    bool identical() const { return deletedTokens == 0 && insertedTokens == 0 && onlyEqual(); }

private:
    bool onlyEqual() const;
};

QStringList diffTokens(const QString& text);
bool isWordToken(const QString& token);

DiffResult diffWords(const QString& a, const QString& b, const DiffOptions& options = {});

} // namespace ik
