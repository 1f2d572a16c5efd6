#include "diffview.h"

#include "theme.h"

#include <QTextCharFormat>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace ik {

DiffView::DiffView(QWidget* parent) : QTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setObjectName(QStringLiteral("diffView"));
    setAccessibleName(tr("Differences between the two answers"));
}

// Alpha keeps the text's own palette colour legible on the tint, whatever the base colour.
QColor DiffView::deletionTint() {
    QColor c = theme::toneHue(theme::Tone::Error);
    c.setAlpha(80);
    return c;
}

QColor DiffView::insertionTint() {
    QColor c = theme::toneHue(theme::Tone::Ok);
    c.setAlpha(80);
    return c;
}

bool DiffView::needsSeparator(const DiffSpan& before, const DiffSpan& after) {
    const bool changes = before.op != DiffSpan::Op::Equal && after.op != DiffSpan::Op::Equal &&
                         before.op != after.op;
    return changes && !before.text.isEmpty() && !after.text.isEmpty() &&
           !before.text.back().isSpace() && !after.text.front().isSpace();
}

QString DiffView::legendHtml(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    const QString del = theme::composite(deletionTint(), base).name();
    const QString ins = theme::composite(insertionTint(), base).name();
    return tr("Marks: <span style=\"background-color:%1\"><s>struck through on red</s></span> = "
              "only in A &nbsp;·&nbsp; <span style=\"background-color:%2\"><u>underlined on "
              "green</u></span> = only in B &nbsp;·&nbsp; plain = in both")
        .arg(del, ins);
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
    inserted.setUnderlineColor(theme::toneText(theme::Tone::Ok, palette()));
    inserted.setBackground(insertionTint());
    inserted.setToolTip(tr("only in B"));
    for (qsizetype i = 0; i < result.spans.size(); ++i) {
        const DiffSpan& s = result.spans[i];
        if (i > 0 && needsSeparator(result.spans[i - 1], s))
            cursor.insertText(u" "_s, plain);
        const bool del = s.op == DiffSpan::Op::Delete, ins = s.op == DiffSpan::Op::Insert;
        cursor.insertText(s.text, del ? deleted : ins ? inserted : plain);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
    return result;
}

} // namespace ik
