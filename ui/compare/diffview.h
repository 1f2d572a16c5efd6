#pragma once
// Word-level differences between two answers. Deletions (only in A) are struck through,
// insertions (only in B) underlined, each also on a translucent tint that reads on light and
// dark palettes alike: the marks never rely on colour alone.

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
    static constexpr int kDeadlineMs = 250;
};

} // namespace ik
