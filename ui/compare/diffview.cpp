#include "diffview.h"

#include <QTextCharFormat>
#include <QTextCursor>

namespace ik {

DiffView::DiffView(QWidget* parent) : QTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setObjectName(QStringLiteral("diffView"));
    setAccessibleName(tr("Differences between the two answers"));
}

// Alpha keeps the text's own palette colour legible on the tint, whatever the base colour.
QColor DiffView::deletionTint() {
    return QColor(220, 50, 47, 80);
}

QColor DiffView::insertionTint() {
    return QColor(46, 160, 67, 80);
}

void DiffView::showMessage(const QString& text) {
    clear();
    setPlainText(text);
}

DiffResult DiffView::showDiff(const QString& a, const QString& b) {
    DiffOptions options;
    options.deadline = QDeadlineTimer(kDeadlineMs);
    const DiffResult result = diffWords(a, b, options);

    clear();
    QTextDocument* doc = document();
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextCharFormat plain;
    QTextCharFormat deleted;
    deleted.setFontStrikeOut(true);
    deleted.setBackground(deletionTint());
    deleted.setToolTip(tr("only in A"));
    QTextCharFormat inserted;
    inserted.setFontUnderline(true);
    inserted.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    inserted.setBackground(insertionTint());
    inserted.setToolTip(tr("only in B"));
    for (const DiffSpan& s : result.spans) {
        switch (s.op) {
        case DiffSpan::Op::Equal:
            cursor.insertText(s.text, plain);
            break;
        case DiffSpan::Op::Delete:
            cursor.insertText(s.text, deleted);
            break;
        case DiffSpan::Op::Insert:
            cursor.insertText(s.text, inserted);
            break;
        }
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
    return result;
}

} // namespace ik
