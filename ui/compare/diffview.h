#pragma once
// Word-level differences between two answers, inline. Deletions (only in A) are struck through
// on a red tint, insertions (only in B) underlined in green on a green tint: the tints are
// translucent so the palette's own text colour reads on light and dark palettes alike, and the
// marks never rely on colour alone. A removed run and the added run next to it are kept apart by
// a plain space, so "first pass" and "Happy" never read as one word.

#include "textdiff.h"

#include <QTextEdit>

namespace ik {

class DiffView : public QTextEdit {
    Q_OBJECT
public:
    explicit DiffView(QWidget* parent = nullptr);

    // Shows b against a; returns the diff shown. Long answers get a bounded search time.
    DiffResult showDiff(const QString& a, const QString& b);
    void showMessage(const QString& text);

    static QColor deletionTint();
    static QColor insertionTint();
    // Whether a separator space is shown between two adjacent spans: between a removed and an
    // added run that no whitespace parts.
    static bool needsSeparator(const DiffSpan& before, const DiffSpan& after);
    // The legend line (rich text) in the same marks and tints, for `palette`.
    static QString legendHtml(const QPalette& palette);
    static constexpr int kDeadlineMs = 250;
    static constexpr int kReadableLines = 8; // the height the diff is given when shown
};

} // namespace ik
