#pragma once
// The answer as it streams. Appends stay cheap however long the answer
// grows, like Qt Creator's output window: one persistent cursor at the end, undo off, inserts in
// an edit block, repaints coalesced by a timer, scrolling only when the reader was at the bottom.

#include "logprobs.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextCharFormat>
#include <QWidget>

class QLabel;
namespace ik::ui {
class ElidedLabel;
}
class QHBoxLayout;
class QLayout;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace ik {

// The raw view. Its document may show a paragraph break where the answer has a space (see
// StreamView::flush), so positions map 1:1 to the answer and copying gives back the exact text.
class RawAnswerEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit RawAnswerEdit(const QString* exact, QWidget* parent = nullptr);

protected:
    QMimeData* createMimeDataFromSelection() const override;

private:
    const QString* m_exact;
};

class StreamView : public QWidget {
    Q_OBJECT
public:
    explicit StreamView(QWidget* parent = nullptr);

    // Starts a new answer: empties both views, shows the raw one while text arrives.
    void clear();
    // Queues a delta; the widget sees it at the next coalesced flush.
    void append(const QString& delta);
    // Replaces everything (a non-streamed answer, or one reopened from history).
    void setText(const QString& text);
    // The answer is final: flush, render Markdown when that view is chosen, show the state.
    void finish(const QString& stateLabel);
    void setStateLabel(const QString& label); // "streaming…", "stopped", "incomplete", ...
    // What the run got wrong although it ended (runwarnings.h), shown above the answer in the
    // warning tone; empty hides it. clear() empties it.
    void setWarnings(const QStringList& warnings);
    QStringList warnings() const { return m_warnings; }

    QString text() const { return m_text; } // exactly what came back
    QString stateLabel() const;
    QString renderedText() const; // the Markdown view as plain text (falls back to raw)

    bool rawMode() const;
    void setRawMode(bool raw);
    bool markdownRendered() const { return m_markdownFresh; }

    // Answer offsets [start, start+length): selects them in the raw view and scrolls there.
    void highlightRange(int start, int length);

    void copyText() const;
    void copyRaw() const;

    // Token probabilities (streamview_tint.cpp). Offsets are into text(); tokens may arrive
    // before or after the text they cover. clear() and setText() drop them.
    void appendTokens(const QList<TokenLogprob>& tokens);
    const QList<TokenLogprob>& tokens() const { return m_tokens; }
    // "Tint by probability": each token's background in its band's hue (logprobs.h). On shows
    // the raw view, where positions are the answer's; formats are applied to new text only.
    bool tinted() const;
    void setTinted(bool on);
    // What hovering the token at answer position pos shows (its alternatives); empty for none.
    QString alternativesAt(int pos) const;
    // The token whose alternatives the panel under the bar shows (the selected one), or -1.
    int shownToken() const { return m_shownToken; }
    QString alternativesShown() const;
    static QColor tintColour(int band, const QPalette& palette); // band -1: unknown

    RawAnswerEdit* rawEdit() const { return m_raw; }
    QTextBrowser* markdownView() const { return m_markdown; }

    // Time spent in append()/flush() since clear(), for the render benchmark.
    qint64 renderNanos() const { return m_renderNanos; }
    int flushCount() const { return m_flushes; }
    void flushNow() { flush(); }

    // Answers longer than this are not rendered as Markdown (a one-off layout of megabytes would
    // freeze the window); the raw view still holds them.
    static constexpr int kMarkdownLimit = 100000;
    // Paragraphs of the raw view are kept short so that an append relays out one short block.
    static constexpr int kSoftBlock = 1024;

signals:
    // The reader selected answer text (raw view offsets), or cleared it (start == end).
    void selectionRangeChanged(int start, int end);
    // The reader clicked an alternative of token tokenIndex: regenerate from it.
    void alternativeChosen(int tokenIndex, const QString& alternative);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLayout* buildBar();
    void flush();
    void renderMarkdown();
    void updateModeButton();
    QWidget* buildAlternatives();
    void insertShown(const QString& shown);
    void insertTinted(const QString& shown, qsizetype at);
    void retint();
    void updateTintFormats();
    void showAlternatives(int tokenIndex);
    int tokenUnder(const QPoint& viewportPos) const;

    QString m_text;    // the exact answer
    QString m_pending; // received, not yet in the widget
    int m_blockLength = 0;
    QTextCursor m_end;
    RawAnswerEdit* m_raw;
    QTextBrowser* m_markdown;
    QStackedWidget* m_stack;
    ui::ElidedLabel* m_state;
    QLabel* m_warning;
    QStringList m_warnings;
    QToolButton* m_rawToggle;
    QTimer* m_flushTimer;
    QList<TokenLogprob> m_tokens;
    qsizetype m_flushed = 0; // characters in the raw document
    QToolButton* m_tintToggle;
    QWidget* m_alternatives;
    QLabel* m_alternativesLabel;
    QHBoxLayout* m_alternativeButtons;
    int m_shownToken = -1;
    QList<QTextCharFormat> m_bandFormats; // [band + 1]: unknown first
    bool m_final = false;
    bool m_markdownFresh = false;
    bool m_selecting = false;
    qint64 m_renderNanos = 0;
    int m_flushes = 0;
};

} // namespace ik
