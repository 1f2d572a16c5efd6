#include "streamview.h"

#include "elidedlabel.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ik {

RawAnswerEdit::RawAnswerEdit(const QString* exact, QWidget* parent)
    : QPlainTextEdit(parent), m_exact(exact) {}

QMimeData* RawAnswerEdit::createMimeDataFromSelection() const {
    // The document may hold a paragraph break in place of a space; the clipboard gets the answer.
    const QTextCursor c = textCursor();
    auto* mime = new QMimeData;
    mime->setText(m_exact->mid(c.selectionStart(), c.selectionEnd() - c.selectionStart()));
    return mime;
}

StreamView::StreamView(QWidget* parent) : QWidget(parent) {
    m_raw = new RawAnswerEdit(&m_text, this);
    m_raw->setObjectName(QStringLiteral("answerRaw"));
    m_raw->setAccessibleName(tr("Answer (raw text)"));
    m_raw->setReadOnly(true);
    m_raw->setUndoRedoEnabled(false);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_end = QTextCursor(m_raw->document());
    m_end.movePosition(QTextCursor::End);

    m_markdown = new QTextBrowser(this);
    m_markdown->setObjectName(QStringLiteral("answerMarkdown"));
    m_markdown->setAccessibleName(tr("Answer (rendered Markdown)"));
    m_markdown->setOpenExternalLinks(true);
    m_markdown->setUndoRedoEnabled(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_raw);
    m_stack->addWidget(m_markdown);

    QLayout* bar = buildBar();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_warning);
    layout->addWidget(buildAlternatives());
    layout->addWidget(m_stack, 1);

    // No faster than the screen refreshes: a repaint nobody can see is wasted work.
    int intervalMs = 16;
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        if (screen->refreshRate() > 1)
            intervalMs = qMax(intervalMs, int(1000.0 / screen->refreshRate()));
    }
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(intervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &StreamView::flush);

    connect(m_raw, &QPlainTextEdit::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QTextCursor c = m_raw->textCursor();
        emit selectionRangeChanged(c.selectionStart(), c.selectionEnd());
    });
    // A click or a selection in the answer shows that token's alternatives; hovering, a tooltip.
    connect(m_raw, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_selecting || m_tokens.isEmpty())
            return;
        const QTextCursor c = m_raw->textCursor();
        showAlternatives(
            int(tokenAt(m_tokens, c.hasSelection() ? c.selectionStart() : c.position())));
    });
    m_raw->viewport()->installEventFilter(this);
    updateTintFormats();
    m_stack->setCurrentWidget(m_raw);
}

// The line above the answer: its state, the warning, the raw toggle and the copy buttons.
QLayout* StreamView::buildBar() {
    m_state = new ui::ElidedLabel(Qt::ElideRight, this);
    m_state->setObjectName(QStringLiteral("answerState"));
    m_state->setAccessibleName(tr("Answer state"));

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("answerWarning"));
    m_warning->setAccessibleName(tr("Answer warning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::setTextTone(m_warning, theme::Tone::Warn);
    m_warning->hide();

    m_rawToggle = new QToolButton(this);
    m_rawToggle->setObjectName(QStringLiteral("rawToggle"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setText(tr("Raw"));
    m_rawToggle->setToolTip(tr("Show the exact text that came back instead of rendered Markdown"));
    m_rawToggle->setAccessibleName(tr("Show raw text"));
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool raw) { setRawMode(raw); });

    // One Copy button, its menu holding the exact text: three panes side by side at 1024 px
    // leave each bar about 200 px, and nothing a run shows may need more.
    auto* copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("copyText"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the answer as text; the arrow also offers the exact raw text"));
    copy->setAccessibleName(tr("Copy the answer as text"));
    copy->setPopupMode(QToolButton::MenuButtonPopup);
    connect(copy, &QToolButton::clicked, this, &StreamView::copyText);
    auto* copyMenu = new QMenu(copy);
    QAction* copyRaw = copyMenu->addAction(tr("Copy raw"), this, &StreamView::copyRaw);
    copyRaw->setObjectName(QStringLiteral("copyRaw"));
    copyRaw->setToolTip(tr("Copy the exact answer"));
    copyMenu->addAction(tr("Copy text"), this, &StreamView::copyText);
    copy->setMenu(copyMenu);

    m_tintToggle = new QToolButton(this);
    m_tintToggle->setObjectName(QStringLiteral("tintToggle"));
    m_tintToggle->setCheckable(true);
    m_tintToggle->setText(tr("Tint by probability"));
    m_tintToggle->setAccessibleName(tr("Tint the answer by token probability"));
    m_tintToggle->setToolTip(tr("Tint each token by its probability; hover or click a token "
                                "for its alternatives"));
    // Shown only for an answer with token probabilities: a narrow compare pane has no room.
    m_tintToggle->hide();
    connect(m_tintToggle, &QToolButton::toggled, this, [this](bool on) { setTinted(on); });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_tintToggle);
    bar->addWidget(m_rawToggle);
    bar->addWidget(copy);
    return bar;
}

void StreamView::clear() {
    m_flushTimer->stop();
    m_text.clear();
    m_pending.clear();
    m_blockLength = 0;
    m_flushed = 0;
    m_tokens.clear();
    m_tintToggle->hide();
    showAlternatives(-1);
    m_final = false;
    m_markdownFresh = false;
    m_renderNanos = 0;
    m_flushes = 0;
    m_raw->clear();
    m_markdown->clear();
    m_end = QTextCursor(m_raw->document());
    m_stack->setCurrentWidget(m_raw);
    m_state->setFullText({});
    setWarnings({});
}

void StreamView::setWarnings(const QStringList& warnings) {
    m_warnings = warnings;
    m_warning->setText(warnings.isEmpty() ? QString()
                                          : tr("Warning: %1.").arg(warnings.join(u"; ")));
    m_warning->setVisible(!warnings.isEmpty());
}

void StreamView::append(const QString& delta) {
    if (delta.isEmpty())
        return;
    QElapsedTimer t;
    t.start();
    m_text += delta;
    m_pending += delta;
    m_markdownFresh = false;
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
    m_renderNanos += t.nsecsElapsed();
}

void StreamView::flush() {
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    QElapsedTimer t;
    t.start();
    // A model can send a whole answer without a line break, and a paragraph is laid out whole on
    // every change: past kSoftBlock characters the next space is shown as a paragraph break. The
    // line would wrap at a space anyway, and the answer itself (m_text) is untouched.
    QString shown = m_pending;
    m_pending.clear();
    for (QChar& c : shown) {
        if (c == u'\n' || c == QChar::ParagraphSeparator) {
            m_blockLength = 0;
        } else if (m_blockLength >= kSoftBlock && c == u' ') {
            c = QChar::ParagraphSeparator;
            m_blockLength = 0;
        } else {
            ++m_blockLength;
        }
    }
    QScrollBar* bar = m_raw->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 1;
    insertShown(shown);
    if (atBottom)
        bar->setValue(bar->maximum());
    ++m_flushes;
    m_renderNanos += t.nsecsElapsed();
}

void StreamView::setText(const QString& text) {
    clear();
    append(text);
    flush();
}

void StreamView::finish(const QString& stateLabel) {
    flush();
    m_final = true;
    setStateLabel(stateLabel);
    showAlternatives(m_shownToken); // its alternatives can now be clicked
    if (!rawMode())
        renderMarkdown();
}

void StreamView::setStateLabel(const QString& label) {
    m_state->setFullText(label);
}

QString StreamView::stateLabel() const {
    return m_state->fullText();
}

QString StreamView::renderedText() const {
    return m_markdownFresh ? m_markdown->toPlainText() : m_text;
}

bool StreamView::rawMode() const {
    return m_rawToggle->isChecked();
}

void StreamView::setRawMode(bool raw) {
    if (m_rawToggle->isChecked() != raw) {
        m_rawToggle->setChecked(raw); // re-enters through toggled()
        return;
    }
    if (!raw && tinted())
        m_tintToggle->setChecked(false); // the tint lives in the raw view
    if (raw || !m_final) {
        // While text arrives the raw view is shown either way: Markdown comes once it is final.
        m_stack->setCurrentWidget(m_raw);
        return;
    }
    renderMarkdown();
}

void StreamView::renderMarkdown() {
    if (m_text.size() > kMarkdownLimit) {
        m_stack->setCurrentWidget(m_raw);
        m_state->setFullText(m_state->fullText() +
                             tr(" · too long to render as Markdown: showing raw text"));
        return;
    }
    if (!m_markdownFresh) {
        m_markdown->setMarkdown(m_text);
        m_markdownFresh = true;
    }
    m_stack->setCurrentWidget(m_markdown);
}

void StreamView::highlightRange(int start, int length) {
    flush();
    setRawMode(true);
    start = qBound(0, start, int(m_text.size()));
    length = qBound(0, length, int(m_text.size()) - start);
    QTextCursor c(m_raw->document());
    c.setPosition(start);
    c.setPosition(start + length, QTextCursor::KeepAnchor);
    m_selecting = true;
    m_raw->setTextCursor(c);
    m_raw->ensureCursorVisible();
    m_selecting = false;
}

void StreamView::copyText() const {
    QGuiApplication::clipboard()->setText(renderedText());
}

void StreamView::copyRaw() const {
    QGuiApplication::clipboard()->setText(m_text);
}

} // namespace ik
